package org.plenary.web.errors;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import jakarta.persistence.OptimisticLockException;
import java.util.Iterator;
import java.util.ResourceBundle;

/**
 * A form whose change meets someone else's at the same moment (the two were read before either was
 * written, so no check in the service could see it; the database refuses the second at commit) is
 * shown again as it was posted, with a message saying so, the way a refusal of the service is: the
 * posted values are still in the view and its beans, so nothing typed is lost, and an AJAX form
 * updates what it always updates, its messages included. Anything else goes on to the wrapped
 * handlers (a lost view, then PrimeFaces' and web.xml's error pages).
 */
public class ChangedMeanwhileHandler extends ExceptionHandlerWrapper {
  public ChangedMeanwhileHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext faces = FacesContext.getCurrentInstance();
    for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        events.hasNext(); ) {
      Throwable thrown = events.next().getContext().getException();
      if (Causes.first(thrown, OptimisticLockException.class).isPresent() && canShowAgain(faces)) {
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
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    faces.validationFailed();
    faces.renderResponse();
  }
}
