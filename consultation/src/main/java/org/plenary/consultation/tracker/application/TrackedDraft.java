package org.plenary.consultation.tracker.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Where a public draft stands: its status, its latest coordination round (status, deadline,
 * overdue) and its latest public consultation (status, period), each absent when it has none.
 * {@code stage} sums it up ({@link Stage}).
 */
public class TrackedDraft implements Serializable {
  private static final long serialVersionUID = 1L;

  private final long draftId;
  private final String title;
  private final String group;
  private final String draftStatus;
  private final int latestVersion;
  private final String stage;
  private final OffsetDateTime since;
  private final Long roundId;
  private final boolean tablePublished;
  private final String roundStatus;
  private final LocalDate roundDeadline;
  private final boolean roundOverdue;
  private final Long consultationId;
  private final String consultationStatus;
  private final OffsetDateTime consultationOpensAt;
  private final OffsetDateTime consultationClosesAt;

  public TrackedDraft(
      long draftId,
      String title,
      String group,
      String draftStatus,
      int latestVersion,
      String stage,
      OffsetDateTime since,
      Long roundId,
      boolean tablePublished,
      String roundStatus,
      LocalDate roundDeadline,
      boolean roundOverdue,
      Long consultationId,
      String consultationStatus,
      OffsetDateTime consultationOpensAt,
      OffsetDateTime consultationClosesAt) {
    this.draftId = draftId;
    this.title = title;
    this.group = group;
    this.draftStatus = draftStatus;
    this.latestVersion = latestVersion;
    this.stage = stage;
    this.since = since;
    this.roundId = roundId;
    this.tablePublished = tablePublished;
    this.roundStatus = roundStatus;
    this.roundDeadline = roundDeadline;
    this.roundOverdue = roundOverdue;
    this.consultationId = consultationId;
    this.consultationStatus = consultationStatus;
    this.consultationOpensAt = consultationOpensAt;
    this.consultationClosesAt = consultationClosesAt;
  }

  public long getDraftId() {
    return draftId;
  }

  public String getTitle() {
    return title;
  }

  public String getGroup() {
    return group;
  }

  public String getDraftStatus() {
    return draftStatus;
  }

  public int getLatestVersion() {
    return latestVersion;
  }

  public String getStage() {
    return stage;
  }

  /** When the draft entered its present status. */
  public OffsetDateTime getSince() {
    return since;
  }

  public Long getRoundId() {
    return roundId;
  }

  /** Whether the latest round's table of remarks and responses is published. */
  public boolean isTablePublished() {
    return tablePublished;
  }

  public String getRoundStatus() {
    return roundStatus;
  }

  public LocalDate getRoundDeadline() {
    return roundDeadline;
  }

  public boolean isRoundOverdue() {
    return roundOverdue;
  }

  public Long getConsultationId() {
    return consultationId;
  }

  public String getConsultationStatus() {
    return consultationStatus;
  }

  public OffsetDateTime getConsultationOpensAt() {
    return consultationOpensAt;
  }

  public OffsetDateTime getConsultationClosesAt() {
    return consultationClosesAt;
  }
}
