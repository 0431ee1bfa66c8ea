package org.plenary.web.i18n;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.ResourceBundle;
import org.plenary.agenda.feedback.domain.FeedbackRefused;

/**
 * The words for feedback refusals ({@code feedback.rule.<RULE>} in the interface's bundle), added
 * to the page as a message about a form or beside a field.
 */
public final class FeedbackMessages {
  private FeedbackMessages() {}

  /** Adds the refusal's message for the component with this client id (null: the whole page). */
  public static void refused(FacesContext faces, String clientId, FeedbackRefused refused) {
    error(faces, clientId, "feedback.rule." + refused.rule().name());
  }

  public static void error(FacesContext faces, String clientId, String key) {
    faces.addMessage(
        clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(faces, key), null));
  }

  public static void info(FacesContext faces, String clientId, String key) {
    faces.addMessage(
        clientId, new FacesMessage(FacesMessage.SEVERITY_INFO, text(faces, key), null));
  }

  public static String text(FacesContext faces, String key) {
    ResourceBundle texts = faces.getApplication().getResourceBundle(faces, "msg");
    return texts.getString(key);
  }
}
