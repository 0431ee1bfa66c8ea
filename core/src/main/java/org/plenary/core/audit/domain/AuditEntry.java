package org.plenary.core.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * One line of the append-only audit log: who did what, when, to which object. Every column is
 * non-updatable and nothing in the application deletes entries.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry implements Serializable {
  public static final int MAX_DETAILS = 2000;

  @Id
  @SequenceGenerator(
      name = "audit_entry_seq",
      sequenceName = "audit_entry_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private OffsetDateTime occurredAt; // EclipseLink 4.0 maps no Instant; stored in UTC

  @Column(name = "actor", nullable = false, updatable = false)
  private String actor;

  @Column(name = "action", nullable = false, updatable = false)
  private String action;

  @Column(name = "object_type", nullable = false, updatable = false)
  private String objectType;

  @Column(name = "object_id", updatable = false)
  private String objectId;

  @Column(name = "details", updatable = false)
  private String details;

  protected AuditEntry() {}

  public AuditEntry(
      Instant occurredAt,
      String actor,
      String action,
      String objectType,
      String objectId,
      String details) {
    this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt").atOffset(ZoneOffset.UTC);
    this.actor = Objects.requireNonNull(actor, "actor");
    this.action = Objects.requireNonNull(action, "action");
    this.objectType = Objects.requireNonNull(objectType, "objectType");
    this.objectId = objectId;
    this.details =
        details == null || details.length() <= MAX_DETAILS
            ? details
            : details.substring(0, MAX_DETAILS - 1) + "…";
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt.toInstant();
  }

  public String getActor() {
    return actor;
  }

  public String getAction() {
    return action;
  }

  public String getObjectType() {
    return objectType;
  }

  public String getObjectId() {
    return objectId;
  }

  public String getDetails() {
    return details;
  }
}
