package org.plenary.consultation.coordination.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import org.plenary.consultation.coordination.domain.CoordinationRefused.Rule;
import org.plenary.core.drafts.domain.Draft;
import org.plenary.core.people.domain.Organisation;

/**
 * Interministerial coordination of one version of a draft: the drafter asks the bodies it chose for
 * their positions by a deadline, a date in the round's time zone counted in working days of its
 * jurisdiction (or set by the drafter).
 */
@Entity
@Table(name = "coordination_round")
public class CoordinationRound implements Serializable {
  public static final int MAX_WORKING_DAYS = 90;

  @Id
  @SequenceGenerator(
      name = "coordination_round_seq",
      sequenceName = "coordination_round_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "coordination_round_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "draft_id", nullable = false, updatable = false)
  private Draft draft;

  @Column(name = "draft_version", nullable = false, updatable = false)
  private int draftVersion;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "drafter_id", nullable = false, updatable = false)
  private Organisation drafter;

  @Column(name = "jurisdiction", nullable = false, updatable = false)
  private String jurisdiction;

  @Column(name = "opens_at", nullable = false, updatable = false)
  private OffsetDateTime opensAt;

  @Column(name = "time_zone", nullable = false, updatable = false)
  private String timeZone;

  @Column(name = "working_days", nullable = false, updatable = false)
  private int workingDays;

  @Column(name = "deadline", nullable = false, updatable = false)
  private LocalDate deadline;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "closed_at")
  private OffsetDateTime closedAt;

  @Column(name = "closed_by")
  private String closedBy;

  @Column(name = "table_published_at")
  private OffsetDateTime tablePublishedAt;

  @Column(name = "table_published_by")
  private String tablePublishedBy;

  @Version private long version;

  protected CoordinationRound() {}

  private CoordinationRound(
      Draft draft,
      int draftVersion,
      Organisation drafter,
      WorkingDayCalendar calendar,
      LocalDateTime opensAt,
      ZoneId zone,
      int workingDays,
      LocalDate deadlineOverride,
      String actor,
      Instant now) {
    if (workingDays < 1 || workingDays > MAX_WORKING_DAYS) {
      throw new CoordinationRefused(
          Rule.WORKING_DAYS_OUT_OF_RANGE,
          "workingDays",
          "a round gives 1 to " + MAX_WORKING_DAYS + " working days");
    }
    LocalDate opening = opensAt.toLocalDate();
    LocalDate deadline =
        deadlineOverride == null ? calendar.addWorkingDays(opening, workingDays) : deadlineOverride;
    if (deadline.isBefore(opening)) {
      throw new CoordinationRefused(
          Rule.DEADLINE_BEFORE_OPENING, "deadline", "the deadline is before the opening");
    }
    this.draft = Objects.requireNonNull(draft, "draft");
    this.draftVersion = draftVersion;
    this.drafter = Objects.requireNonNull(drafter, "drafter");
    this.jurisdiction = calendar.jurisdiction();
    this.opensAt = opensAt.atZone(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    this.timeZone = zone.getId();
    this.workingDays =
        deadlineOverride == null ? workingDays : calendar.workingDaysBetween(opening, deadline);
    this.deadline = deadline;
    this.createdBy = actor;
    this.createdAt = now.atOffset(ZoneOffset.UTC);
  }

  /**
   * A round on version {@code draftVersion} of the draft, opening at the local date-time in the
   * zone; the deadline is {@code workingDays} working days after the opening day unless the drafter
   * sets another date ({@code deadlineOverride}, then the working days are counted from it).
   */
  public static CoordinationRound open(
      Draft draft,
      int draftVersion,
      Organisation drafter,
      WorkingDayCalendar calendar,
      LocalDateTime opensAt,
      ZoneId zone,
      int workingDays,
      LocalDate deadlineOverride,
      String actor,
      Instant now) {
    return new CoordinationRound(
        draft,
        draftVersion,
        drafter,
        calendar,
        opensAt,
        zone,
        workingDays,
        deadlineOverride,
        actor,
        now);
  }

  public RoundStatus status(Instant now) {
    if (closedAt != null) {
      return RoundStatus.CLOSED;
    }
    return now.isBefore(opensAt.toInstant()) ? RoundStatus.PLANNED : RoundStatus.OPEN;
  }

  /** Whether the whole deadline day has passed in the round's time zone (and it is not closed). */
  public boolean isPastDeadline(Instant now) {
    return closedAt == null && !now.isBefore(deadline.plusDays(1).atStartOfDay(zone()).toInstant());
  }

  /** Refuses a position unless the round is open. */
  public void requireOpen(Instant now) {
    switch (status(now)) {
      case CLOSED -> throw new CoordinationRefused(Rule.ROUND_CLOSED, null, "the round is closed");
      case PLANNED ->
          throw new CoordinationRefused(Rule.ROUND_NOT_OPEN, null, "the round has not opened yet");
      case OPEN -> {}
    }
  }

  /**
   * The drafter ends the round, which lets the draft move on: refused while fundamental objections
   * are not settled.
   */
  public void close(long openFundamentals, String actor, Instant now) {
    if (closedAt != null) {
      throw new CoordinationRefused(Rule.ROUND_CLOSED, null, "the round is closed already");
    }
    if (openFundamentals > 0) {
      throw new CoordinationRefused(
          Rule.FUNDAMENTAL_OBJECTIONS_OPEN,
          null,
          openFundamentals + " fundamental objection(s) are not settled");
    }
    closedAt = now.atOffset(ZoneOffset.UTC);
    closedBy = actor;
  }

  /**
   * The drafter publishes the table of remarks and responses: once the round is closed and every
   * remark of the current positions is answered, since the table is the drafter's account of what
   * became of each remark. Publishing again changes nothing.
   */
  public void publishTable(long unansweredRemarks, String actor, Instant now) {
    if (isTablePublished()) {
      return;
    }
    if (closedAt == null) {
      throw new CoordinationRefused(
          Rule.ROUND_NOT_CLOSED, null, "the table is published once the round is closed");
    }
    if (unansweredRemarks > 0) {
      throw new CoordinationRefused(
          Rule.REMARKS_UNANSWERED, null, unansweredRemarks + " remark(s) are not answered yet");
    }
    tablePublishedAt = now.atOffset(ZoneOffset.UTC);
    tablePublishedBy = actor;
  }

  /** Refuses a change to the answers once the table is public. */
  public void requireTableUnpublished() {
    if (isTablePublished()) {
      throw new CoordinationRefused(
          Rule.TABLE_PUBLISHED, null, "the table of remarks and responses is published");
    }
  }

  public boolean isTablePublished() {
    return tablePublishedAt != null;
  }

  public OffsetDateTime getTablePublishedAt() {
    return tablePublishedAt;
  }

  public String getTablePublishedBy() {
    return tablePublishedBy;
  }

  public ZoneId zone() {
    return ZoneId.of(timeZone);
  }

  public Long getId() {
    return id;
  }

  public Draft getDraft() {
    return draft;
  }

  public int getDraftVersion() {
    return draftVersion;
  }

  public Organisation getDrafter() {
    return drafter;
  }

  public String getJurisdiction() {
    return jurisdiction;
  }

  public OffsetDateTime getOpensAt() {
    return opensAt;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public int getWorkingDays() {
    return workingDays;
  }

  public LocalDate getDeadline() {
    return deadline;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public OffsetDateTime getClosedAt() {
    return closedAt;
  }

  public String getClosedBy() {
    return closedBy;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof CoordinationRound other && id != null && id.equals(other.id));
  }

  @Override
  public int hashCode() {
    return CoordinationRound.class.hashCode();
  }
}
