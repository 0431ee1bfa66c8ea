package org.plenary.core.notifications.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/** A person's choice to get their notifications by e-mail too, and in which language. */
@Entity
@Table(name = "notification_settings")
public class NotificationSettings {
  public static final String DEFAULT_LANGUAGE = "en";

  @Id
  @Column(name = "username", nullable = false, updatable = false)
  private String username;

  @Column(name = "by_email", nullable = false)
  private boolean byEmail;

  @Column(name = "language", nullable = false)
  private String language;

  @Version private long version;

  protected NotificationSettings() {}

  public NotificationSettings(String username) {
    this.username = Objects.requireNonNull(username, "username");
    this.language = DEFAULT_LANGUAGE;
  }

  /** Opts in or out of e-mails, in {@code en} or {@code fr}. */
  public void choose(boolean byEmail, String language) {
    this.byEmail = byEmail;
    this.language = "fr".equals(language) ? "fr" : DEFAULT_LANGUAGE;
  }

  public String getUsername() {
    return username;
  }

  public boolean isByEmail() {
    return byEmail;
  }

  public String getLanguage() {
    return language;
  }
}
