package org.plenary.web.me;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.plenary.core.notifications.application.Notifications;
import org.plenary.core.notifications.domain.NotificationSettings;
import org.plenary.web.Messages;

/**
 * The signed-in person's settings (/me/settings.xhtml): whether their notifications also come by
 * e-mail, and in which language.
 */
@Named
@ViewScoped
public class NotificationSettingsView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Notifications notifications;
  @Inject Messages messages;

  private boolean byEmail;
  private String language;

  public void load() {
    NotificationSettings settings = notifications.settings();
    byEmail = settings.isByEmail();
    language = settings.getLanguage();
  }

  public void save() {
    notifications.choose(byEmail, language);
    messages.info("settings.saved");
  }

  public boolean isByEmail() {
    return byEmail;
  }

  public void setByEmail(boolean byEmail) {
    this.byEmail = byEmail;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }
}
