package org.plenary.web.failover;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.plenary.web.errors.Causes;

/**
 * A postback to a view that no longer exists (its node died, or it was evicted or timed out) is
 * sent to a fresh view of the same page, at the address the user was on, with the posted values of
 * the form kept in the session for {@link KeptInputRestorer} to put back: no error page, nothing
 * typed is lost. Passwords are never kept. Anything else goes on to the wrapped handler (the error
 * pages of web.xml).
 */
public class ExpiredViewHandler extends ExceptionHandlerWrapper {
  /** More than any form of the site posts as text (a comment is at most 10,000 characters). */
  static final int MAX_KEPT_CHARS = 100_000;

  public ExpiredViewHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext faces = FacesContext.getCurrentInstance();
    for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        events.hasNext(); ) {
      Throwable thrown = events.next().getContext().getException();
      Optional<ViewExpiredException> expired = Causes.first(thrown, ViewExpiredException.class);
      if (expired.isPresent() && isPostback(faces) && !faces.getResponseComplete()) {
        events.remove();
        toFreshView(faces, expired.get().getViewId());
      }
    }
    getWrapped().handle();
  }

  private static boolean isPostback(FacesContext faces) {
    return "POST"
        .equals(((HttpServletRequest) faces.getExternalContext().getRequest()).getMethod());
  }

  private static void toFreshView(FacesContext faces, String viewId) {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    Map<String, String[]> typed = typedValues(request.getParameterMap());
    if (viewId != null && !typed.isEmpty()) {
      CDI.current().select(KeptInput.class).get().keep(viewId, typed);
    }
    try {
      external.redirect(sameAddress(request));
    } catch (IOException e) {
      throw new FacesException(e);
    }
    faces.responseComplete();
  }

  /**
   * The values of the form's fields: client ids (which name their form, "form:field"), without the
   * framework's own parameters, passwords, or more text than any form takes.
   */
  static Map<String, String[]> typedValues(Map<String, String[]> posted) {
    Map<String, String[]> typed = new LinkedHashMap<>();
    int chars = 0;
    for (Map.Entry<String, String[]> parameter : posted.entrySet()) {
      String name = parameter.getKey();
      String lower = name.toLowerCase(Locale.ROOT);
      if (name.indexOf(':') < 1
          || lower.startsWith("jakarta.faces.")
          || lower.startsWith("javax.faces.")
          || lower.startsWith("primefaces.")
          || lower.contains("password")) {
        continue;
      }
      String[] values = parameter.getValue().clone();
      for (String value : values) {
        chars += name.length() + (value == null ? 0 : value.length());
      }
      if (chars > MAX_KEPT_CHARS) {
        break;
      }
      typed.put(name, values);
    }
    return typed;
  }

  /**
   * The page the user was on, with its query (which names what the page shows): the Referer when it
   * is this very page, else the address posted to. Only a path of this site, never elsewhere.
   */
  static String sameAddress(HttpServletRequest request) {
    String posted = request.getRequestURI();
    String referer = request.getHeader("Referer");
    if (referer != null) {
      try {
        URI previous = URI.create(referer);
        if (posted.equals(previous.getRawPath())) {
          return previous.getRawQuery() == null ? posted : posted + "?" + previous.getRawQuery();
        }
      } catch (IllegalArgumentException notAnAddress) {
        // fall through to the address posted to
      }
    }
    return request.getQueryString() == null ? posted : posted + "?" + request.getQueryString();
  }
}
