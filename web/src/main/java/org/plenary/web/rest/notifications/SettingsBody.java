package org.plenary.web.rest.notifications;

/** Notification settings in a request: {@code byEmail} and the e-mails' {@code language}. */
public class SettingsBody {
  private Boolean byEmail;
  private String language;

  public Boolean getByEmail() {
    return byEmail;
  }

  public void setByEmail(Boolean byEmail) {
    this.byEmail = byEmail;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }
}
