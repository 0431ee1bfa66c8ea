package org.plenary.web.errors;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import java.util.Iterator;
import java.util.ResourceBundle;

/**
 * A form whose change meets someone else's at the same moment (the two were read before either was
 * written, so no check in the service could see it; the database refuses the second: {@link
 * Collisions}) is shown again as it was posted, with a message saying so, the way a refusal of the
 * service is: the posted values are still in the view and its beans, so nothing typed is lost, and
 * an AJAX form updates what it always updates, its messages included: the form's own, or those
 * beside the button that sent it. Anything else goes on to the wrapped handlers (a lost view, then
 * PrimeFaces' and web.xml's error pages).
 */
public class ChangedMeanwhileHandler extends ExceptionHandlerWrapper {
  /** The request parameter naming the component that sent an AJAX postback. */
  private static final String SOURCE = "jakarta.faces.source";

  public ChangedMeanwhileHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext faces = FacesContext.getCurrentInstance();
    for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        events.hasNext(); ) {
      Throwable thrown = events.next().getContext().getException();
      if (Collisions.isCollision(thrown) && canShowAgain(faces)) {
        events.remove();
        tell(faces);
      }
    }
    getWrapped().handle();
  }

  /** A postback whose page has not begun to be written: it can be rendered with a message. */
  private static boolean canShowAgain(FacesContext faces) {
    return faces.getViewRoot() != null
        && faces.isPostback()
        && faces.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE
        && !faces.getResponseComplete();
  }

  private static void tell(FacesContext faces) {
    String text =
        ResourceBundle.getBundle("org.plenary.web.i18n.messages", faces.getViewRoot().getLocale())
            .getString("error.changedMeanwhile");
    FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null);
    faces.addMessage(null, message);
    // a form whose messages sit beside its button (h:message for="save") shows it there
    String source = faces.getExternalContext().getRequestParameterMap().get(SOURCE);
    if (source != null && !source.isBlank()) {
      faces.addMessage(source, message);
    }
    faces.validationFailed();
    faces.renderResponse();
  }
}
