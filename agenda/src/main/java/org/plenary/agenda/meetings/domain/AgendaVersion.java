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
   * only for versions kept before V6_1, until {@link #takeListingFromSnapshot()}).
   */
  @Column(name = "start_date")
  private LocalDate startDate;

  // What the public list of meetings filters and sorts on, as this version has it (null only for
  // versions kept before V27_0, until takeListingFromSnapshot()).
  @Column(name = "end_date")
  private LocalDate endDate;

  @Column(name = "title", length = Meeting.MAX_TITLE)
  private String title;

  @Column(name = "theme", length = Meeting.MAX_THEME)
  private String theme;

  @Column(name = "city", length = 100)
  private String city;

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
    this.endDate = meeting.getEndDate();
    this.title = meeting.getTitle();
    this.theme = meeting.getTheme();
    this.city = meeting.getVenue().getCity();
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

  public LocalDate getEndDate() {
    return endDate;
  }

  public String getTitle() {
    return title;
  }

  public String getTheme() {
    return theme;
  }

  public String getCity() {
    return city;
  }

  /**
   * Reads the dates, title, theme and city from the snapshot, for versions kept before V6_1 (start
   * date) or V27_0 (the others).
   */
  public void takeListingFromSnapshot() {
    Meeting agenda = agenda();
    startDate = agenda.getStartDate();
    endDate = agenda.getEndDate();
    title = agenda.getTitle();
    theme = agenda.getTheme();
    city = agenda.getVenue().getCity();
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
