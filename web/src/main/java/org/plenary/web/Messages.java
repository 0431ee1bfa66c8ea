package org.plenary.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * Puts the interface's texts, in the page's language, as messages on a page: beside a field (by its
 * client id) or for the whole form.
 */
@RequestScoped
public class Messages {
  @Inject FacesContext faces;

  /** The text of a bundle key, with {@code {0}}-style arguments filled in. */
  public String text(String key, Object... arguments) {
    String text =
        ResourceBundle.getBundle("org.plenary.web.i18n.messages", faces.getViewRoot().getLocale())
            .getString(key);
    return arguments.length == 0
        ? text
        : new MessageFormat(text, faces.getViewRoot().getLocale()).format(arguments);
  }

  public void info(String key, Object... arguments) {
    faces.addMessage(
        null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
  }

  /** An error about the whole form ({@code clientId} null) or beside one field. */
  public void error(String clientId, String key, Object... arguments) {
    failure(clientId, text(key, arguments), null);
  }

  /** An error with ready words: a summary and an optional detail. */
  public void failure(String clientId, String summary, String detail) {
    faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, detail));
    faces.validationFailed();
  }
}
