package org.plenary.agenda.meetings.domain;

import static org.plenary.agenda.meetings.domain.AgendaRuleViolation.atMost;
import static org.plenary.agenda.meetings.domain.AgendaRuleViolation.optional;
import static org.plenary.agenda.meetings.domain.AgendaRuleViolation.required;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.plenary.agenda.meetings.domain.AgendaRuleViolation.Rule;

/**
 * A meeting and its agenda: where and when it takes place, its days with their items, and whether
 * its agenda is published. A side meeting (such as a workshop held back to back) is a meeting of
 * its own, attached to its main meeting and held within the main meeting's dates.
 */
@Entity
@Table(name = "meeting")
public class Meeting {
  public static final int MAX_SLUG = 100;
  public static final int MAX_TITLE = 200;
  public static final int MAX_THEME = 300;
  public static final int MAX_BODY = 300;
  public static final int MAX_DESCRIPTION = 8000;
  public static final int MAX_AGENDA_LABEL = 30;

  /** Lower-case words joined by hyphens, as in {@code e-leaders-2019}. */
  public static final String SLUG_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

  private static final Pattern SLUG = Pattern.compile(SLUG_PATTERN);

  @Id
  @SequenceGenerator(name = "meeting_seq", sequenceName = "meeting_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meeting_seq")
  private Long id;

  /** The business identity, used in addresses and by the API. */
  @Column(name = "slug", nullable = false, updatable = false, length = MAX_SLUG)
  private String slug;

  @Column(name = "title", nullable = false, length = MAX_TITLE)
  private String title;

  @Column(name = "theme", length = MAX_THEME)
  private String theme;

  /** The body that meets, e.g. "Meeting of the OECD Working Party of ...". */
  @Column(name = "body", length = MAX_BODY)
  private String body;

  /** Plain text; paragraphs are separated by a blank line. */
  @Column(name = "description", length = MAX_DESCRIPTION)
  private String description;

  @Embedded private Venue venue;

  @Column(name = "time_zone", nullable = false, length = 60)
  private String timeZone;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "end_date", nullable = false)
  private LocalDate endDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "agenda_status", nullable = false, length = 20)
  private AgendaStatus agendaStatus = AgendaStatus.DRAFT;

  @Column(name = "agenda_label", length = MAX_AGENDA_LABEL)
  private String agendaLabel;

  @Column(name = "agenda_published_at")
  private OffsetDateTime agendaPublishedAt; // EclipseLink 4.0 maps no Instant; stored in UTC

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "main_meeting_id", updatable = false)
  private Meeting mainMeeting;

  @OneToMany(mappedBy = "mainMeeting")
  @OrderBy("startDate ASC, slug ASC")
  private List<Meeting> sideMeetings = new ArrayList<>();

  /** The meeting's own office holders, such as a side meeting's chair. */
  @ElementCollection
  @CollectionTable(name = "meeting_role", joinColumns = @JoinColumn(name = "meeting_id"))
  @OrderColumn(name = "position")
  private List<AgendaRole> roles = new ArrayList<>();

  @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("date ASC")
  private List<MeetingDay> days = new ArrayList<>();

  @Version private long version;

  protected Meeting() {}

  public Meeting(
      String slug,
      String title,
      LocalDate startDate,
      LocalDate endDate,
      ZoneId timeZone,
      Venue venue) {
    this.slug = atMost(required(slug, "slug"), MAX_SLUG, "slug");
    if (!SLUG.matcher(this.slug).matches()) {
      throw new AgendaRuleViolation(
          Rule.INVALID_SLUG, "\"" + slug + "\" is not lower-case words joined by hyphens");
    }
    this.title = atMost(required(title, "title"), MAX_TITLE, "title");
    this.startDate = required(startDate, "start date");
    this.endDate = required(endDate, "end date");
    if (endDate.isBefore(startDate)) {
      throw new AgendaRuleViolation(
          Rule.MEETING_ENDS_BEFORE_IT_STARTS,
          slug + " ends (" + endDate + ") before it starts (" + startDate + ")");
    }
    this.timeZone = required(timeZone, "time zone").getId();
    this.venue = required(venue, "venue");
  }

  /** The time zone of the given id, or a rule violation naming it. */
  public static ZoneId timeZone(String id) {
    try {
      return ZoneId.of(required(id, "time zone"));
    } catch (DateTimeException e) {
      throw new AgendaRuleViolation(Rule.UNKNOWN_TIME_ZONE, "unknown time zone " + id);
    }
  }

  /** Sets the texts of the agenda's title page: theme, the body that meets, introduction. */
  public void describe(String theme, String body, String description) {
    this.theme = atMost(optional(theme), MAX_THEME, "theme");
    this.body = atMost(optional(body), MAX_BODY, "body");
    this.description = atMost(optional(description), MAX_DESCRIPTION, "description");
  }

  /** Makes this meeting a side meeting of {@code main}, held within the main meeting's dates. */
  public void attachTo(Meeting main) {
    required(main, "main meeting");
    if (main == this || main.isSideMeeting()) {
      throw new AgendaRuleViolation(
          Rule.SIDE_MEETING_OF_A_SIDE_MEETING,
          main.slug + " is itself a side meeting and cannot have side meetings");
    }
    if (startDate.isBefore(main.startDate) || endDate.isAfter(main.endDate)) {
      throw new AgendaRuleViolation(
          Rule.SIDE_MEETING_OUTSIDE_MAIN_MEETING,
          slug
              + " ("
              + startDate
              + "–"
              + endDate
              + ") is outside the dates of "
              + main.slug
              + " ("
              + main.startDate
              + "–"
              + main.endDate
              + ")");
    }
    this.mainMeeting = main;
    main.sideMeetings.add(this);
  }

  public void appoint(AgendaRole role) {
    roles.add(required(role, "role"));
  }

  /** Adds a day within the meeting's dates; each date is planned once. */
  public MeetingDay addDay(LocalDate date, String label, Audience audience) {
    required(date, "date");
    if (date.isBefore(startDate) || date.isAfter(endDate)) {
      throw new AgendaRuleViolation(
          Rule.DAY_OUTSIDE_MEETING,
          date + " is outside the dates of " + slug + " (" + startDate + "–" + endDate + ")");
    }
    if (days.stream().anyMatch(day -> day.getDate().equals(date))) {
      throw new AgendaRuleViolation(Rule.DAY_PLANNED_TWICE, date + " is already a day of " + slug);
    }
    MeetingDay day = new MeetingDay(this, date, label, audience);
    int index = 0;
    while (index < days.size() && days.get(index).getDate().isBefore(date)) {
      index++;
    }
    days.add(index, day);
    return day;
  }

  /** Publishes the agenda as it stands, under a version label such as {@code V20190719}. */
  public void publishAgenda(String label, Instant now) {
    String versionLabel = atMost(required(label, "agenda label"), MAX_AGENDA_LABEL, "agenda label");
    if (days.stream().allMatch(day -> day.getItems().isEmpty())) {
      throw new AgendaRuleViolation(
          Rule.EMPTY_AGENDA, "the agenda of " + slug + " has no items to publish");
    }
    this.agendaLabel = versionLabel;
    this.agendaStatus = AgendaStatus.PUBLISHED;
    this.agendaPublishedAt = required(now, "now").atOffset(ZoneOffset.UTC);
  }

  boolean hasSession(int number) {
    return days.stream()
        .flatMap(day -> day.getItems().stream())
        .anyMatch(item -> Integer.valueOf(number).equals(item.getSessionNumber()));
  }

  public Long getId() {
    return id;
  }

  public String getSlug() {
    return slug;
  }

  public String getTitle() {
    return title;
  }

  public String getTheme() {
    return theme;
  }

  public String getBody() {
    return body;
  }

  public String getDescription() {
    return description;
  }

  /** The description's paragraphs, for rendering each as a paragraph of its own. */
  public List<String> getParagraphs() {
    return description == null ? List.of() : List.of(description.split("\\n\\s*\\n"));
  }

  public Venue getVenue() {
    return venue;
  }

  public ZoneId getTimeZone() {
    return ZoneId.of(timeZone);
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public AgendaStatus getAgendaStatus() {
    return agendaStatus;
  }

  public boolean isPublished() {
    return agendaStatus == AgendaStatus.PUBLISHED;
  }

  /** The label of the published agenda, such as {@code V20190719}; null while a draft. */
  public String getAgendaLabel() {
    return agendaLabel;
  }

  public Instant getAgendaPublishedAt() {
    return agendaPublishedAt == null ? null : agendaPublishedAt.toInstant();
  }

  /** The meeting this one is a side meeting of, or null for a main meeting. */
  public Meeting getMainMeeting() {
    return mainMeeting;
  }

  public boolean isSideMeeting() {
    return mainMeeting != null;
  }

  /** All side meetings, drafts included. */
  public List<Meeting> getSideMeetings() {
    return Collections.unmodifiableList(sideMeetings);
  }

  /** The side meetings whose agendas are published, for the public agenda. */
  public List<Meeting> getPublishedSideMeetings() {
    return sideMeetings.stream().filter(Meeting::isPublished).toList();
  }

  public List<AgendaRole> getRoles() {
    return Collections.unmodifiableList(roles);
  }

  public List<MeetingDay> getDays() {
    return Collections.unmodifiableList(days);
  }

  /** Every item of every day, in day and time order. */
  public List<AgendaItem> getItems() {
    return days.stream().flatMap(day -> day.getItems().stream()).toList();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Meeting other && slug.equals(other.slug);
  }

  @Override
  public int hashCode() {
    return slug.hashCode();
  }

  @Override
  public String toString() {
    return slug;
  }
}
