package org.plenary.agenda.meetings.domain;

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
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A published version of a meeting's agenda, numbered 1, 2, 3... with its label (such as {@code
 * V20190719}): an immutable snapshot of the whole agenda as it was published, read in one row.
 */
@Entity
@Table(name = "agenda_version")
public class AgendaVersion {
  /** The largest snapshot a version holds, in characters (the column's size). */
  public static final int MAX_SNAPSHOT = 1_000_000;

  @Id
  @SequenceGenerator(
      name = "agenda_version_seq",
      sequenceName = "agenda_version_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agenda_version_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
  private Meeting meeting;

  @Column(name = "number", nullable = false, updatable = false)
  private int number;

  @Column(name = "label", nullable = false, updatable = false, length = Meeting.MAX_AGENDA_LABEL)
  private String label;

  @Column(name = "published_at", nullable = false, updatable = false)
  private OffsetDateTime publishedAt; // EclipseLink 4.0 maps no Instant; stored in UTC

  /** The account that published it; null for versions published at start-up or before V6_1. */
  @Column(name = "published_by", updatable = false, length = 100)
  private String publishedBy;

  /**
   * The meeting's first day as this version has it, for listing published meetings by date (null
   * only for versions kept before V6_1, until {@link #takeStartDateFromSnapshot()}).
   */
  @Column(name = "start_date")
  private LocalDate startDate;

  /** The agenda as JSON, see {@link AgendaSnapshot}. */
  @Column(name = "snapshot", nullable = false, updatable = false, length = MAX_SNAPSHOT)
  private String snapshot;

  protected AgendaVersion() {}

  AgendaVersion(
      Meeting meeting,
      int number,
      String label,
      Instant publishedAt,
      String publishedBy,
      String snapshot) {
    this.meeting = meeting;
    this.publishedBy = publishedBy;
    this.startDate = meeting.getStartDate();
    this.number = number;
    this.label = label;
    this.publishedAt = publishedAt.atOffset(ZoneOffset.UTC);
    if (snapshot.length() > MAX_SNAPSHOT) {
      throw new AgendaRuleViolation(
          AgendaRuleViolation.Rule.VALUE_TOO_LONG,
          "the agenda of " + meeting.getSlug() + " is too long to publish");
    }
    this.snapshot = snapshot;
  }

  public Long getId() {
    return id;
  }

  public Meeting getMeeting() {
    return meeting;
  }

  public int getNumber() {
    return number;
  }

  public String getLabel() {
    return label;
  }

  public Instant getPublishedAt() {
    return publishedAt.toInstant();
  }

  public String getPublishedBy() {
    return publishedBy;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  /** Reads the start date from the snapshot, for versions kept before V6_1. */
  public void takeStartDateFromSnapshot() {
    startDate = agenda().getStartDate();
  }

  public String getSnapshot() {
    return snapshot;
  }

  /** The agenda as it was published: a detached meeting, never to be persisted. */
  public Meeting agenda() {
    return AgendaSnapshot.read(snapshot);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AgendaVersion other
        && number == other.number
        && Objects.equals(meeting, other.meeting);
  }

  @Override
  public int hashCode() {
    return Objects.hash(meeting, number);
  }

  @Override
  public String toString() {
    return meeting + " v" + number + " " + label;
  }
}
