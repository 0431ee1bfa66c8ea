package org.plenary.agenda.meetings.domain;

import static org.plenary.agenda.meetings.domain.AgendaRuleViolation.atMost;
import static org.plenary.agenda.meetings.domain.AgendaRuleViolation.optional;
import static org.plenary.agenda.meetings.domain.AgendaRuleViolation.required;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.plenary.agenda.meetings.domain.AgendaRuleViolation.Rule;

/**
 * One slot of a meeting day: a numbered session, opening remarks, a break, a social event... It
 * starts and ends on its day; items may run in parallel in different rooms.
 */
@Entity
@Table(name = "agenda_item")
public class AgendaItem {
  public static final int MAX_TITLE = 300;
  public static final int MAX_DESCRIPTION = 8000;
  public static final int MAX_ROOM = 100;
  public static final int MAX_QUESTION = 1000;

  /** The order of a day's items: by start time, parallel items by room. */
  static final Comparator<AgendaItem> IN_TIME_ORDER =
      Comparator.comparing(AgendaItem::getStart)
          .thenComparing(AgendaItem::getRoom, Comparator.nullsFirst(Comparator.naturalOrder()));

  @Id
  @SequenceGenerator(
      name = "agenda_item_seq",
      sequenceName = "agenda_item_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agenda_item_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "day_id", nullable = false, updatable = false)
  private MeetingDay day;

  /**
   * The item's business identity within its meeting, such as {@code i12}: it survives edits, moves
   * to another day and publishing, so versions can be compared item by item and links (a calendar
   * entry for one item) stay valid.
   */
  @Column(name = "item_key", nullable = false, updatable = false, length = 20)
  private String key;

  /** A further block of a split session, shown as "Session 1, continued". */
  @Column(name = "continued", nullable = false)
  private boolean continued;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 30)
  private ItemKind kind;

  @Column(name = "session_number")
  private Integer sessionNumber;

  @Column(name = "title", nullable = false, length = MAX_TITLE)
  private String title;

  /** Plain text; paragraphs are separated by a blank line. */
  @Column(name = "description", length = MAX_DESCRIPTION)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(name = "format", length = 30)
  private SessionFormat format;

  @Column(name = "start_time", nullable = false)
  private LocalTime start;

  @Column(name = "end_time", nullable = false)
  private LocalTime end;

  @Column(name = "room", length = MAX_ROOM)
  private String room;

  @ElementCollection
  @CollectionTable(
      name = "agenda_item_key_question",
      joinColumns = @JoinColumn(name = "agenda_item_id"))
  @OrderColumn(name = "position")
  @Column(name = "question", nullable = false, length = MAX_QUESTION)
  private List<String> keyQuestions = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "agenda_item_role", joinColumns = @JoinColumn(name = "agenda_item_id"))
  @OrderColumn(name = "position")
  private List<AgendaRole> roles = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "agenda_item_step", joinColumns = @JoinColumn(name = "agenda_item_id"))
  @OrderColumn(name = "position")
  private List<ItemStep> steps = new ArrayList<>();

  @ElementCollection
  @CollectionTable(
      name = "agenda_item_document",
      joinColumns = @JoinColumn(name = "agenda_item_id"))
  @OrderColumn(name = "position")
  private List<LinkedDocument> documents = new ArrayList<>();

  /** Who may attend this item when it differs from its day; null means as the day. */
  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "categories", column = @Column(name = "audience_categories")),
    @AttributeOverride(name = "note", column = @Column(name = "audience_note"))
  })
  private Audience audienceOverride;

  protected AgendaItem() {}

  /**
   * An item of the given kind from {@code start} to {@code end}; {@code sessionNumber} is given for
   * sessions only and {@code room} only when the venue has several.
   */
  public AgendaItem(
      ItemKind kind,
      Integer sessionNumber,
      String title,
      LocalTime start,
      LocalTime end,
      String room) {
    this.kind = required(kind, "item kind");
    if (sessionNumber != null && (kind != ItemKind.SESSION || sessionNumber < 1)) {
      throw new AgendaRuleViolation(
          Rule.SESSION_NUMBER_INVALID,
          "only sessions are numbered, from 1 (got " + kind + " " + sessionNumber + ")");
    }
    this.sessionNumber = sessionNumber;
    this.title = atMost(required(title, "item title"), MAX_TITLE, "item title");
    this.start = required(start, "start time");
    this.end = required(end, "end time");
    if (!end.isAfter(start)) {
      throw new AgendaRuleViolation(
          Rule.ITEM_ENDS_BEFORE_IT_STARTS,
          "end",
          null,
          Map.of("start", start.toString(), "end", end.toString()),
          "\"" + this.title + "\" must end after it starts (" + start + "–" + end + ")");
    }
    this.room = atMost(optional(room), MAX_ROOM, "room");
  }

  void scheduleOn(MeetingDay day) {
    this.day = day;
  }

  void keyed(String key) {
    this.key = key;
  }

  /** Marks this item as a further block of its session, after the session's first block. */
  public void continueSession() {
    if (kind != ItemKind.SESSION || sessionNumber == null) {
      throw new AgendaRuleViolation(
          Rule.NOT_A_SESSION,
          "sessionNumber",
          key,
          Map.of(),
          "only a numbered session can be continued");
    }
    this.continued = true;
  }

  /** Links a document, such as the draft discussed in a session. */
  public void link(LinkedDocument document) {
    documents.add(required(document, "document"));
  }

  /**
   * A copy of this item (same key, texts, roles, documents and audience) from {@code newStart} to
   * {@code newEnd}; its steps move with its start, and must still fall within it.
   */
  AgendaItem retimed(LocalTime newStart, LocalTime newEnd) {
    AgendaItem copy = new AgendaItem(kind, sessionNumber, title, newStart, newEnd, room);
    copyContentTo(copy);
    long shift = Duration.between(start, newStart).toMinutes();
    for (ItemStep step : steps) {
      copy.planStep(new ItemStep(step.getTime().plusMinutes(shift), step.getLabel()));
    }
    return copy;
  }

  /** A copy of this item in another room (null: the whole venue). */
  AgendaItem inRoom(String newRoom) {
    AgendaItem copy = new AgendaItem(kind, sessionNumber, title, start, end, newRoom);
    copyContentTo(copy);
    steps.forEach(step -> copy.planStep(step.copy()));
    return copy;
  }

  /** The first block of this session when it is split at {@code at}: steps after it are dropped. */
  AgendaItem until(LocalTime at) {
    AgendaItem copy = new AgendaItem(kind, sessionNumber, title, start, at, room);
    copyContentTo(copy);
    steps.stream()
        .filter(step -> !step.getTime().isAfter(at))
        .forEach(step -> copy.planStep(step.copy()));
    return copy;
  }

  /** The next block of this session: same number, title, room, format and roles, no texts. */
  AgendaItem continuation(LocalTime newStart, LocalTime newEnd) {
    AgendaItem next = new AgendaItem(kind, sessionNumber, title, newStart, newEnd, room);
    next.format = format;
    roles.forEach(role -> next.roles.add(role.copy()));
    next.audienceOverride = audienceOverride == null ? null : audienceOverride.copy();
    next.continued = true;
    return next;
  }

  private void copyContentTo(AgendaItem copy) {
    copy.key = key;
    copy.continued = continued;
    copy.description = description;
    copy.format = format;
    copy.keyQuestions.addAll(keyQuestions);
    roles.forEach(role -> copy.roles.add(role.copy()));
    documents.forEach(
        document -> copy.documents.add(new LinkedDocument(document.getTitle(), document.getUrl())));
    copy.audienceOverride = audienceOverride == null ? null : audienceOverride.copy();
  }

  // Copies own new embeddable instances: EclipseLink loses the rows of an element collection (or
  // embedded object) whose instances two entities share, e.g. the blocks of a split session.
  /** Sets the description, plain text with paragraphs separated by a blank line. */
  public void describe(String description) {
    this.description = atMost(optional(description), MAX_DESCRIPTION, "description");
  }

  public void runAs(SessionFormat format) {
    this.format = format;
  }

  public void ask(String keyQuestion) {
    keyQuestions.add(atMost(required(keyQuestion, "key question"), MAX_QUESTION, "key question"));
  }

  public void assign(AgendaRole role) {
    roles.add(required(role, "role"));
  }

  /** Adds a moment of the item, kept in time order; it must fall within the item's times. */
  public void planStep(ItemStep step) {
    required(step, "step");
    if (step.getTime().isBefore(start) || step.getTime().isAfter(end)) {
      throw new AgendaRuleViolation(
          Rule.STEP_OUTSIDE_ITEM,
          "steps",
          key,
          Map.of("step", step.getLabel(), "time", step.getTime().toString()),
          "\"" + step.getLabel() + "\" at " + step.getTime() + " is outside " + start + "–" + end);
    }
    int index = 0;
    while (index < steps.size() && !steps.get(index).getTime().isAfter(step.getTime())) {
      index++;
    }
    steps.add(index, step);
  }

  /** Admits a different audience to this item than to its day. */
  public void restrictAudience(Audience audience) {
    this.audienceOverride = required(audience, "audience");
  }

  /** Whether this item and the other are (partly) at the same time. */
  public boolean overlaps(AgendaItem other) {
    return start.isBefore(other.end) && other.start.isBefore(end);
  }

  /**
   * Whether this item and the other may both take place: they do not overlap, or they are in
   * different rooms. An item without a room takes the whole venue.
   */
  boolean canRunAlongside(AgendaItem other) {
    return !overlaps(other)
        || room != null && other.room != null && !room.equalsIgnoreCase(other.room);
  }

  /** The people of the directory who play a part in this item. */
  Set<Long> people() {
    return roles.stream()
        .map(AgendaRole::getPersonId)
        .filter(Objects::nonNull)
        .collect(Collectors.toSet());
  }

  public Long getId() {
    return id;
  }

  /** The item's key within its meeting, such as {@code i12}; null until it is scheduled. */
  public String getKey() {
    return key;
  }

  /** Whether this is a further block of a split session ("Session 1, continued"). */
  public boolean isContinued() {
    return continued;
  }

  public List<LinkedDocument> getDocuments() {
    return Collections.unmodifiableList(documents);
  }

  public MeetingDay getDay() {
    return day;
  }

  public ItemKind getKind() {
    return kind;
  }

  public boolean isSession() {
    return kind == ItemKind.SESSION;
  }

  public Integer getSessionNumber() {
    return sessionNumber;
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }

  /** The description's paragraphs, for rendering each as a paragraph of its own. */
  public List<String> getParagraphs() {
    return description == null ? List.of() : List.of(description.split("\\n\\s*\\n"));
  }

  public SessionFormat getFormat() {
    return format;
  }

  public LocalTime getStart() {
    return start;
  }

  public LocalTime getEnd() {
    return end;
  }

  public String getRoom() {
    return room;
  }

  public List<String> getKeyQuestions() {
    return Collections.unmodifiableList(keyQuestions);
  }

  public List<AgendaRole> getRoles() {
    return Collections.unmodifiableList(roles);
  }

  public List<ItemStep> getSteps() {
    return Collections.unmodifiableList(steps);
  }

  /** The audience set on this item itself, or null when it is the day's. */
  public Audience getAudienceOverride() {
    return audienceOverride;
  }

  /** Who may attend: this item's own audience, else its day's. */
  public Audience getAudience() {
    return audienceOverride != null || day == null ? audienceOverride : day.getAudience();
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof AgendaItem other
        && key != null
        && key.equals(other.key)
        && day != null
        && other.day != null
        && Objects.equals(day.getMeeting(), other.day.getMeeting());
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(key);
  }

  @Override
  public String toString() {
    return start + "–" + end + " " + title;
  }
}
