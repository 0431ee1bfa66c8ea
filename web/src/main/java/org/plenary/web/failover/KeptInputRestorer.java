package org.plenary.web.failover;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UISelectMany;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.component.html.HtmlInputSecret;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Before a fresh view of a page is rendered, puts back what {@link ExpiredViewHandler} kept of the
 * user's input, as submitted values (shown as typed, converted and validated on the next post like
 * anything typed), and tells the user why the page was reloaded. Registered in faces-config.xml for
 * PreRenderViewEvent.
 */
public class KeptInputRestorer implements SystemEventListener {
  @Override
  public boolean isListenerForSource(Object source) {
    return source instanceof UIViewRoot;
  }

  @Override
  public void processEvent(SystemEvent event) {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.isPostback() || faces.getExternalContext().getSession(false) == null) {
      return;
    }
    UIViewRoot view = (UIViewRoot) event.getSource();
    CDI.current()
        .select(KeptInput.class)
        .get()
        .take(view.getViewId())
        .ifPresent(kept -> restore(faces, view, kept));
  }

  private static void restore(FacesContext faces, UIViewRoot view, Map<String, String[]> kept) {
    kept.forEach(
        (clientId, values) ->
            view.invokeOnComponent(
                faces, clientId, (context, component) -> put(component, values)));
    String text =
        ResourceBundle.getBundle("org.plenary.web.i18n.messages", view.getLocale())
            .getString("failover.viewRenewed");
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  private static void put(UIComponent component, String[] values) {
    if (component instanceof EditableValueHolder input
        && !(component instanceof HtmlInputSecret)
        && !component.getClass().getName().endsWith(".Password")
        && values.length > 0) {
      input.setSubmittedValue(component instanceof UISelectMany ? values : values[0]);
    }
  }
}
