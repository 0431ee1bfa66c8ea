package org.plenary.core.notifications.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Something a person is told about: written for a whole group at once by one INSERT ... SELECT (the
 * database numbers the rows), then read and marked read by its recipient.
 */
@Entity
@Table(name = "notification")
public class Notification implements Serializable {
  /** Numbered by the database (an identity column): JPA never inserts a notification. */
  @Id
  @Column(name = "id")
  private Long id;

  @Column(name = "recipient", nullable = false, updatable = false)
  private String recipient;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false)
  private NotificationKind kind;

  @Column(name = "draft_id", nullable = false, updatable = false)
  private long draftId;

  @Column(name = "version_number", nullable = false, updatable = false)
  private int versionNumber;

  /** The draft's title when the notification was written. */
  @Column(name = "title", nullable = false, updatable = false)
  private String title;

  /** Who did what the notification is about. */
  @Column(name = "actor_name", nullable = false, updatable = false)
  private String actorName;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "read_at")
  private OffsetDateTime readAt;

  protected Notification() {}

  public void markRead(Instant now) {
    if (readAt == null) {
      readAt = now.atOffset(ZoneOffset.UTC);
    }
  }

  public Long getId() {
    return id;
  }

  public String getRecipient() {
    return recipient;
  }

  public NotificationKind getKind() {
    return kind;
  }

  public long getDraftId() {
    return draftId;
  }

  public int getVersionNumber() {
    return versionNumber;
  }

  public String getTitle() {
    return title;
  }

  public String getActorName() {
    return actorName;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public OffsetDateTime getReadAt() {
    return readAt;
  }

  public boolean isRead() {
    return readAt != null;
  }
}
