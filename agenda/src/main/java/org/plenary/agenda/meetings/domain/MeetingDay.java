package org.plenary.agenda.meetings.domain;

import static org.plenary.agenda.meetings.domain.AgendaRuleViolation.atMost;
import static org.plenary.agenda.meetings.domain.AgendaRuleViolation.optional;
import static org.plenary.agenda.meetings.domain.AgendaRuleViolation.required;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.plenary.agenda.meetings.domain.AgendaRuleViolation.Rule;

/**
 * One day of a meeting: who may attend it, a note for participants, and its items in time order.
 */
@Entity
@Table(name = "meeting_day")
public class MeetingDay {
  public static final int MAX_LABEL = 100;
  public static final int MAX_NOTE = 2000;

  @Id
  @SequenceGenerator(
      name = "meeting_day_seq",
      sequenceName = "meeting_day_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meeting_day_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
  private Meeting meeting;

  @Column(name = "day_date", nullable = false, updatable = false)
  private LocalDate date;

  @Column(name = "label", nullable = false, length = MAX_LABEL)
  private String label;

  @Embedded private Audience audience;

  @Column(name = "note", length = MAX_NOTE)
  private String note;

  /** The earliest time an item may start; null: midnight. */
  @Column(name = "opens_at")
  private LocalTime opensAt;

  /** The latest time an item may end; null: the end of the calendar day. */
  @Column(name = "closes_at")
  private LocalTime closesAt;

  /** Kept in {@link AgendaItem#IN_TIME_ORDER} by {@link #insert}; the database agrees. */
  @OneToMany(mappedBy = "day", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("start ASC, room ASC")
  private List<AgendaItem> items = new ArrayList<>();

  @Version private long version;

  protected MeetingDay() {}

  MeetingDay(Meeting meeting, LocalDate date, String label, Audience audience) {
    this.meeting = meeting;
    this.date = date;
    this.label = atMost(required(label, "day label"), MAX_LABEL, "day label");
    this.audience = required(audience, "audience");
  }

  /** A note shown under the day's heading, such as a back-to-back meeting in the same venue. */
  public void annotate(String note) {
    this.note = atMost(optional(note), MAX_NOTE, "note");
  }

  public void admit(Audience audience) {
    this.audience = required(audience, "audience");
  }

  /**
   * Sets the hours items may take on this day, such as 08:00–22:00; both null means the whole
   * calendar day. Items already on the day must fit.
   */
  public void keepHours(LocalTime opensAt, LocalTime closesAt) {
    if (opensAt != null && closesAt != null && !closesAt.isAfter(opensAt)) {
      throw new AgendaRuleViolation(
          Rule.DAY_HOURS_INVALID,
          "closesAt",
          null,
          Map.of("opensAt", opensAt.toString(), "closesAt", closesAt.toString()),
          label + " must close after it opens (" + opensAt + "–" + closesAt + ")");
    }
    for (AgendaItem item : items) {
      if (opensAt != null && item.getStart().isBefore(opensAt)
          || closesAt != null && item.getEnd().isAfter(closesAt)) {
        throw new AgendaRuleViolation(
            Rule.ITEM_OUTSIDE_DAY,
            opensAt != null && item.getStart().isBefore(opensAt) ? "opensAt" : "closesAt",
            item.getKey(),
            Map.of("item", item.getTitle()),
            "\"" + item + "\" would be outside the hours of " + label);
      }
    }
    this.opensAt = opensAt;
    this.closesAt = closesAt;
  }

  /** Renames the day, as in "DAY 1 – 19 SEPTEMBER 2019". */
  public void relabel(String label) {
    this.label = atMost(required(label, "day label"), MAX_LABEL, "day label");
  }

  /**
   * Puts a new item on this day in time order, under a new key. Items at the same time need
   * different rooms, nobody can be in two items at once, and the meeting's other rules hold (see
   * {@link Meeting#place}).
   */
  public AgendaItem schedule(AgendaItem item) {
    return meeting.place(required(item, "item"), date, null);
  }

  /** Puts a checked item in its place in time order. */
  void insert(AgendaItem item) {
    int index = 0;
    while (index < items.size() && AgendaItem.IN_TIME_ORDER.compare(items.get(index), item) <= 0) {
      index++;
    }
    items.add(index, item);
    item.scheduleOn(this);
  }

  void remove(AgendaItem item) {
    items.remove(item);
  }

  public Long getId() {
    return id;
  }

  public Meeting getMeeting() {
    return meeting;
  }

  public LocalDate getDate() {
    return date;
  }

  public String getLabel() {
    return label;
  }

  public Audience getAudience() {
    return audience == null ? Audience.everyone() : audience;
  }

  public String getNote() {
    return note;
  }

  public LocalTime getOpensAt() {
    return opensAt;
  }

  public LocalTime getClosesAt() {
    return closesAt;
  }

  public List<AgendaItem> getItems() {
    return Collections.unmodifiableList(items);
  }

  /** The numbered sessions of the day, in time order. */
  public List<AgendaItem> getSessions() {
    return items.stream().filter(AgendaItem::isSession).toList();
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof MeetingDay other
        && meeting != null
        && meeting.equals(other.meeting)
        && date.equals(other.date);
  }

  @Override
  public int hashCode() {
    return date.hashCode();
  }

  @Override
  public String toString() {
    return label + " (" + date + ")";
  }
}
