package org.plenary.core.drafts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** One step of a draft's status trail: the status it entered, when, and who moved it there. */
@Embeddable
public class StatusChange implements Serializable {
  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, updatable = false)
  private DraftStatus status;

  @Column(name = "changed_at", nullable = false, updatable = false)
  private OffsetDateTime changedAt;

  @Column(name = "changed_by", nullable = false, updatable = false)
  private String changedBy;

  protected StatusChange() {}

  StatusChange(DraftStatus status, Instant changedAt, String changedBy) {
    this.status = status;
    this.changedAt = changedAt.atOffset(ZoneOffset.UTC);
    this.changedBy = changedBy;
  }

  public DraftStatus getStatus() {
    return status;
  }

  public OffsetDateTime getChangedAt() {
    return changedAt;
  }

  public String getChangedBy() {
    return changedBy;
  }
}
