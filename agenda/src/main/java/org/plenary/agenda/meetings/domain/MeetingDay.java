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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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

  /** Kept in {@link AgendaItem#IN_TIME_ORDER} by {@link #schedule}; the database agrees. */
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
   * Puts an item on this day in time order. Items at the same time need different rooms, and a
   * session number is used once per meeting.
   */
  public AgendaItem schedule(AgendaItem item) {
    required(item, "item");
    for (AgendaItem other : items) {
      if (!item.canRunAlongside(other)) {
        throw new AgendaRuleViolation(
            Rule.ITEMS_CLASH,
            "\""
                + item
                + "\" and \""
                + other
                + "\" on "
                + date
                + " are at the same time"
                + " and not in different rooms");
      }
    }
    if (item.getSessionNumber() != null && meeting.hasSession(item.getSessionNumber())) {
      throw new AgendaRuleViolation(
          Rule.SESSION_NUMBER_TAKEN,
          "session "
              + item.getSessionNumber()
              + " is already on the agenda of "
              + meeting.getSlug());
    }
    int index = 0;
    while (index < items.size() && AgendaItem.IN_TIME_ORDER.compare(items.get(index), item) <= 0) {
      index++;
    }
    items.add(index, item);
    item.scheduleOn(this);
    return item;
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
