package org.plenary.web;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Markup rendered once and then shared by every request that shows the same immutable object in the
 * same variant (language): {@code <pl:sharedMarkup name="agenda-#{meeting.slug}" of="#{meeting}"
 * variant="#{language.tag}">...</pl:sharedMarkup>}. Its children are rendered into a buffer the
 * first time, and the buffer is written as it is afterwards for as long as {@code of} is the very
 * same instance; another instance (such as a newly published version of an agenda, read into a new
 * object) renders them again. The children must therefore depend only on {@code of}, the variant
 * and the application (no user, no form, no script): the public agenda of a meeting, for example.
 */
@FacesComponent(SharedMarkup.TYPE)
public class SharedMarkup extends UIComponentBase {
  public static final String TYPE = "plenary.SharedMarkup";

  /** More fragments than a deployment shows: past it, the store starts again empty. */
  static final int MAX_ENTRIES = 500;

  private record Entry(Object of, String markup) {}

  private static final Map<String, Entry> STORE = new ConcurrentHashMap<>();

  public SharedMarkup() {
    setRendererType(null);
  }

  @Override
  public String getFamily() {
    return "plenary";
  }

  @Override
  public boolean getRendersChildren() {
    return true;
  }

  @Override
  public void encodeChildren(FacesContext context) throws IOException {
    Map<String, Object> attributes = getAttributes();
    Object of = attributes.get("of");
    String key = attributes.get("name") + "|" + attributes.get("variant");
    Entry entry = STORE.get(key);
    String markup;
    if (of != null && entry != null && entry.of() == of) {
      markup = entry.markup();
    } else {
      markup = render(context);
      if (of != null) {
        if (STORE.size() >= MAX_ENTRIES) {
          STORE.clear();
        }
        STORE.put(key, new Entry(of, markup));
      }
    }
    context.getResponseWriter().write(markup);
  }

  private String render(FacesContext context) throws IOException {
    ResponseWriter original = context.getResponseWriter();
    StringWriter buffer = new StringWriter();
    context.setResponseWriter(original.cloneWithWriter(buffer));
    try {
      for (UIComponent child : getChildren()) {
        child.encodeAll(context);
      }
      context.getResponseWriter().flush();
    } finally {
      context.setResponseWriter(original);
    }
    return buffer.toString();
  }
}
