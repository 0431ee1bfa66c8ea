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
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.plenary.agenda.meetings.domain.AgendaRuleViolation.Rule;
import org.plenary.core.groups.domain.WorkingGroup;
import org.plenary.core.shared.NotFoundException;

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

  /** The working group that holds or hosts the meeting, if any: its space lists the meeting. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "working_group_id")
  private WorkingGroup workingGroup;

  /** The meeting's own office holders, such as a side meeting's chair. */
  @ElementCollection
  @CollectionTable(name = "meeting_role", joinColumns = @JoinColumn(name = "meeting_id"))
  @OrderColumn(name = "position")
  private List<AgendaRole> roles = new ArrayList<>();

  @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("date ASC")
  private List<MeetingDay> days = new ArrayList<>();

  /** The number in the last item key handed out, so keys are never reused. */
  @Column(name = "last_item_number", nullable = false)
  private int lastItemNumber;

  /** The number of the latest published version of the agenda; 0 before the first. */
  @Column(name = "published_version", nullable = false)
  private int publishedVersion;

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

  /** Replaces the meeting's own office holders, in the order given. */
  public void appointOnly(List<AgendaRole> newRoles) {
    List<AgendaRole> checked =
        required(newRoles, "roles").stream().map(r -> required(r, "role")).toList();
    roles.clear();
    roles.addAll(checked);
  }

  /** Adds a day within the meeting's dates; each date is planned once. */
  public MeetingDay addDay(LocalDate date, String label, Audience audience) {
    required(date, "date");
    if (date.isBefore(startDate) || date.isAfter(endDate)) {
      throw new AgendaRuleViolation(
          Rule.DAY_OUTSIDE_MEETING,
          "date",
          null,
          Map.of(
              "date", date.toString(),
              "startDate", startDate.toString(),
              "endDate", endDate.toString()),
          date + " is outside the dates of " + slug + " (" + startDate + "–" + endDate + ")");
    }
    if (days.stream().anyMatch(day -> day.getDate().equals(date))) {
      throw new AgendaRuleViolation(
          Rule.DAY_PLANNED_TWICE,
          "date",
          null,
          Map.of("date", date.toString()),
          date + " is already a day of " + slug);
    }
    MeetingDay day = new MeetingDay(this, date, label, audience);
    int index = 0;
    while (index < days.size() && days.get(index).getDate().isBefore(date)) {
      index++;
    }
    days.add(index, day);
    return day;
  }

  /**
   * Publishes the agenda as it stands as the next numbered version, frozen as a snapshot. The label
   * defaults to {@code V} and the publishing date in the meeting's time zone, as in {@code
   * V20190719}.
   */
  public AgendaVersion publishAgenda(String label, Instant now) {
    return publishAgenda(label, now, null);
  }

  /** Publishes the agenda as {@link #publishAgenda(String, Instant)}, naming who published it. */
  public AgendaVersion publishAgenda(String label, Instant now, String publisher) {
    required(now, "now");
    String versionLabel =
        atMost(
            label == null || label.isBlank() ? defaultLabel(now) : label.strip(),
            MAX_AGENDA_LABEL,
            "agenda label");
    if (days.stream().allMatch(day -> day.getItems().isEmpty())) {
      throw new AgendaRuleViolation(
          Rule.EMPTY_AGENDA, "the agenda of " + slug + " has no items to publish");
    }
    this.publishedVersion++;
    this.agendaLabel = versionLabel;
    this.agendaStatus = AgendaStatus.PUBLISHED;
    this.agendaPublishedAt = now.atOffset(ZoneOffset.UTC);
    return new AgendaVersion(
        this, publishedVersion, versionLabel, now, publisher, AgendaSnapshot.write(this));
  }

  /**
   * The version of an agenda published before versions were kept (see the V3_0 migration): the
   * agenda as it stands is taken as its latest published version, with its label and date.
   */
  public AgendaVersion snapshotOfPublishedAgenda() {
    if (publishedVersion == 0 || agendaPublishedAt == null) {
      throw new IllegalStateException(slug + " has no published agenda");
    }
    return new AgendaVersion(
        this,
        publishedVersion,
        agendaLabel,
        getAgendaPublishedAt(),
        null,
        AgendaSnapshot.write(this));
  }

  /** The label a version published at {@code now} gets by default, such as {@code V20190719}. */
  public String defaultLabel(Instant now) {
    return "V" + DateTimeFormatter.BASIC_ISO_DATE.format(now.atZone(getTimeZone()).toLocalDate());
  }

  /** Changes the meeting's title. */
  public void retitle(String title) {
    this.title = atMost(required(title, "title"), MAX_TITLE, "title");
  }

  /** Makes {@code group} the working group that holds the meeting; null for none. */
  public void hostBy(WorkingGroup group) {
    this.workingGroup = group;
  }

  /** Moves the meeting to another venue. */
  public void relocate(Venue venue) {
    this.venue = required(venue, "venue");
  }

  /**
   * Changes the meeting's dates; every planned day must stay within them (and a side meeting within
   * its main meeting's).
   */
  public void reschedule(LocalDate newStart, LocalDate newEnd) {
    required(newStart, "start date");
    required(newEnd, "end date");
    if (newEnd.isBefore(newStart)) {
      throw new AgendaRuleViolation(
          Rule.MEETING_ENDS_BEFORE_IT_STARTS,
          "endDate",
          null,
          Map.of("startDate", newStart.toString(), "endDate", newEnd.toString()),
          slug + " would end (" + newEnd + ") before it starts (" + newStart + ")");
    }
    for (MeetingDay day : days) {
      if (day.getDate().isBefore(newStart) || day.getDate().isAfter(newEnd)) {
        throw new AgendaRuleViolation(
            Rule.DAY_OUTSIDE_MEETING,
            day.getDate().isBefore(newStart) ? "startDate" : "endDate",
            null,
            Map.of("date", day.getDate().toString()),
            "the day " + day.getDate() + " would be outside " + newStart + "–" + newEnd);
      }
    }
    if (mainMeeting != null
        && (newStart.isBefore(mainMeeting.startDate) || newEnd.isAfter(mainMeeting.endDate))) {
      throw new AgendaRuleViolation(
          Rule.SIDE_MEETING_OUTSIDE_MAIN_MEETING,
          newStart.isBefore(mainMeeting.startDate) ? "startDate" : "endDate",
          null,
          Map.of("mainMeeting", mainMeeting.slug),
          slug + " would be outside the dates of " + mainMeeting.slug);
    }
    for (Meeting side : sideMeetings) {
      if (side.startDate.isBefore(newStart) || side.endDate.isAfter(newEnd)) {
        throw new AgendaRuleViolation(
            Rule.SIDE_MEETING_OUTSIDE_MAIN_MEETING,
            side.startDate.isBefore(newStart) ? "startDate" : "endDate",
            null,
            Map.of("sideMeeting", side.slug),
            "the side meeting " + side.slug + " would be outside " + newStart + "–" + newEnd);
      }
    }
    this.startDate = newStart;
    this.endDate = newEnd;
  }

  /**
   * Moves the meeting to another time zone; its items keep their local times, which must all exist
   * in the new zone.
   */
  public void moveToTimeZone(ZoneId zone) {
    required(zone, "time zone");
    for (AgendaItem item : getItems()) {
      checkTimesExist(item, item.getDay().getDate(), zone);
    }
    this.timeZone = zone.getId();
  }

  /** Removes a day with all its items. */
  public void removeDay(LocalDate date) {
    days.remove(day(date));
  }

  /** The planned day on this date. */
  public Optional<MeetingDay> findDay(LocalDate date) {
    return days.stream().filter(day -> day.getDate().equals(date)).findFirst();
  }

  /**
   * The planned day on this date.
   *
   * @throws NotFoundException when the meeting has no such day
   */
  public MeetingDay day(LocalDate date) {
    return findDay(date).orElseThrow(() -> new NotFoundException("meeting day", slug + "/" + date));
  }

  /** The item with this key, on any day. */
  public Optional<AgendaItem> findItem(String key) {
    return getItems().stream().filter(item -> item.getKey().equals(key)).findFirst();
  }

  /**
   * The item with this key.
   *
   * @throws NotFoundException when the meeting has no such item
   */
  public AgendaItem item(String key) {
    return findItem(key).orElseThrow(() -> new NotFoundException("agenda item", key));
  }

  /**
   * Puts {@code candidate} on the day of {@code date}, in place of the item with key {@code
   * replacing} (which keeps its key) or as a new item under a new key, after checking every rule of
   * the agenda against the other items: the day exists and its hours hold the item, its times exist
   * in the meeting's time zone, no other item in the same room (or taking the whole venue) overlaps
   * it, nobody plays a part in two overlapping items, and session numbers are used once (parallel
   * groups of one session and continued blocks aside). Nothing changes when a rule is broken.
   */
  public AgendaItem place(AgendaItem candidate, LocalDate date, String replacing) {
    required(candidate, "item");
    AgendaItem old = replacing == null ? null : item(replacing);
    String key = old == null ? null : old.getKey();
    MeetingDay day =
        findDay(date)
            .orElseThrow(
                () ->
                    new AgendaRuleViolation(
                        Rule.ITEM_OUTSIDE_DAY,
                        "date",
                        key,
                        Map.of("date", String.valueOf(date)),
                        date + " is not a day of " + slug));
    check(candidate, day, key, List.of());
    if (old != null) {
      old.getDay().remove(old);
    }
    candidate.keyed(key != null ? key : nextItemKey());
    day.insert(candidate);
    return candidate;
  }

  /**
   * Moves and resizes an item to run from {@code start} to {@code end}, local times in the
   * meeting's time zone; the date of {@code start} may be another day of the meeting. Its steps
   * move with its start.
   */
  public AgendaItem moveItem(String key, LocalDateTime start, LocalDateTime end) {
    required(start, "start");
    required(end, "end");
    AgendaItem item = item(key);
    if (!end.isAfter(start)) {
      throw new AgendaRuleViolation(
          Rule.ITEM_ENDS_BEFORE_IT_STARTS,
          "end",
          key,
          Map.of("start", start.toString(), "end", end.toString()),
          "\"" + item.getTitle() + "\" must end after it starts (" + start + "–" + end + ")");
    }
    if (!end.toLocalDate().equals(start.toLocalDate())) {
      throw new AgendaRuleViolation(
          Rule.ITEM_OUTSIDE_DAY,
          "end",
          key,
          Map.of("date", start.toLocalDate().toString()),
          "\"" + item.getTitle() + "\" must end on the day it starts (" + start + "–" + end + ")");
    }
    return place(item.retimed(start.toLocalTime(), end.toLocalTime()), start.toLocalDate(), key);
  }

  /** Moves an item to another room (null: it takes the whole venue). */
  public AgendaItem moveToRoom(String key, String room) {
    AgendaItem item = item(key);
    return place(item.inRoom(room), item.getDay().getDate(), key);
  }

  /**
   * Takes an item off the agenda. Removing the first block of a split session removes the whole
   * session, its "continued" blocks too: a continuation never outlives the session it continues.
   * Removing a continued block removes that block only.
   *
   * @return the keys of the items removed, the one asked for first
   */
  public List<String> removeItem(String key) {
    AgendaItem item = item(key);
    List<AgendaItem> removed = new ArrayList<>();
    removed.add(item);
    if (item.isSession() && item.getSessionNumber() != null && !item.isContinued()) {
      getItems().stream()
          .filter(
              other ->
                  other.isContinued() && item.getSessionNumber().equals(other.getSessionNumber()))
          .forEach(removed::add);
    }
    removed.forEach(gone -> gone.getDay().remove(gone));
    return removed.stream().map(AgendaItem::getKey).toList();
  }

  /**
   * Splits a session at {@code at}: its first block ends then, and a block "continued" with the
   * same number, title, room and roles runs on {@code resumeDate} from {@code resumeStart} to
   * {@code resumeEnd}, after whatever comes in between.
   *
   * @return the new, continued block
   */
  public AgendaItem splitSession(
      String key, LocalTime at, LocalDate resumeDate, LocalTime resumeStart, LocalTime resumeEnd) {
    AgendaItem session = item(key);
    if (!session.isSession() || session.getSessionNumber() == null) {
      throw new AgendaRuleViolation(
          Rule.NOT_A_SESSION,
          "sessionNumber",
          key,
          Map.of(),
          "\"" + session.getTitle() + "\" is not a numbered session");
    }
    required(at, "split time");
    if (!at.isAfter(session.getStart()) || !at.isBefore(session.getEnd())) {
      throw new AgendaRuleViolation(
          Rule.SPLIT_OUTSIDE_ITEM,
          "at",
          key,
          Map.of("at", at.toString()),
          at + " is not within " + session);
    }
    AgendaItem first = session.until(at);
    AgendaItem next =
        session.continuation(required(resumeStart, "start"), required(resumeEnd, "end"));
    MeetingDay resumeDay =
        findDay(resumeDate)
            .orElseThrow(
                () ->
                    new AgendaRuleViolation(
                        Rule.ITEM_OUTSIDE_DAY,
                        "date",
                        key,
                        Map.of("date", String.valueOf(resumeDate)),
                        resumeDate + " is not a day of " + slug));
    MeetingDay day = session.getDay();
    check(first, day, key, List.of());
    // The first block takes the session's place before the continuation is checked against the
    // agenda, so that a block continuing on another day is compared with it on its own day.
    day.remove(session);
    first.keyed(key);
    day.insert(first);
    try {
      check(next, resumeDay, null, List.of());
    } catch (AgendaRuleViolation violation) {
      day.remove(first);
      day.insert(session);
      throw new AgendaRuleViolation(
          violation.rule(), violation.field(), key, violation.arguments(), violation.getMessage());
    }
    next.keyed(nextItemKey());
    resumeDay.insert(next);
    return next;
  }

  /** Renames a room on every item that uses it; renaming into a room in use must not clash. */
  public void renameRoom(String from, String to) {
    String oldName = required(from, "room");
    for (AgendaItem item : getItems()) {
      if (oldName.equalsIgnoreCase(item.getRoom())) {
        place(item.inRoom(to), item.getDay().getDate(), item.getKey());
      }
    }
  }

  /** The rooms the agenda uses, in the order they first appear. */
  public List<String> getRooms() {
    return getItems().stream()
        .map(AgendaItem::getRoom)
        .filter(Objects::nonNull)
        .distinct()
        .toList();
  }

  /**
   * A new draft meeting with this one's structure, for next year's: the same texts, time zone,
   * roles, days and items (keys included), shifted so that it starts on {@code newStart}.
   */
  public Meeting copyAs(String newSlug, String newTitle, LocalDate newStart, Venue newVenue) {
    return copyAs(newSlug, newTitle, newStart, newVenue, null);
  }

  /**
   * A copy as {@link #copyAs(String, String, LocalDate, Venue)}, in another time zone when {@code
   * newZone} is given: items keep their local times (09:00 stays 09:00 where the meeting is). Day
   * labels that name the old dates ("Thursday 19 September") become "Day 1", "Day 2"...
   */
  public Meeting copyAs(
      String newSlug, String newTitle, LocalDate newStart, Venue newVenue, ZoneId newZone) {
    required(newStart, "start date");
    long shift = ChronoUnit.DAYS.between(startDate, newStart);
    Meeting copy =
        new Meeting(
            newSlug,
            newTitle,
            newStart,
            endDate.plusDays(shift),
            newZone == null ? getTimeZone() : newZone,
            newVenue == null ? venue.copy() : newVenue);
    copy.describe(theme, body, description);
    roles.forEach(role -> copy.appoint(role.copy()));
    for (int n = 0; n < days.size(); n++) {
      MeetingDay day = days.get(n);
      String label =
          mentionsDate(day.getLabel(), day.getDate()) ? "Day " + (n + 1) : day.getLabel();
      MeetingDay newDay =
          copy.addDay(day.getDate().plusDays(shift), label, day.getAudience().copy());
      newDay.annotate(day.getNote());
      newDay.keepHours(day.getOpensAt(), day.getClosesAt());
      for (AgendaItem item : day.getItems()) {
        AgendaItem newItem = item.retimed(item.getStart(), item.getEnd());
        copy.check(newItem, newDay, item.getKey(), List.of());
        newDay.insert(newItem);
      }
    }
    copy.lastItemNumber = lastItemNumber;
    return copy;
  }

  /**
   * Whether a day's label names its date, as "Thursday 19 September" or "19/09/2019" do, so that a
   * copy on other dates would carry a stale label: it mentions the year, the weekday or the month
   * (in English or French), or the date in ISO or day/month form.
   */
  static boolean mentionsDate(String label, LocalDate date) {
    String text = label.toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    words.add(String.valueOf(date.getYear()));
    words.add(date.toString());
    words.add(date.getDayOfMonth() + "/" + date.getMonthValue());
    words.add(String.format(Locale.ROOT, "%02d/%02d", date.getDayOfMonth(), date.getMonthValue()));
    words.add(date.getDayOfMonth() + "." + date.getMonthValue());
    for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
      words.add(date.getDayOfWeek().getDisplayName(TextStyle.FULL, locale).toLowerCase(locale));
      words.add(date.getMonth().getDisplayName(TextStyle.FULL, locale).toLowerCase(locale));
    }
    return words.stream()
        .anyMatch(
            word ->
                Pattern.compile("(^|[^\\p{L}\\d])" + Pattern.quote(word) + "($|[^\\p{L}\\d])")
                    .matcher(text)
                    .find());
  }

  private String nextItemKey() {
    lastItemNumber++;
    return "i" + lastItemNumber;
  }

  /**
   * Checks the rules for {@code candidate} on {@code day} against every other item, ignoring the
   * item it replaces and counting {@code alsoPlanned} (items about to be placed with it).
   */
  void check(AgendaItem candidate, MeetingDay day, String replacing, List<AgendaItem> alsoPlanned) {
    String key = replacing;
    LocalTime opens = day.getOpensAt();
    LocalTime closes = day.getClosesAt();
    if (opens != null && candidate.getStart().isBefore(opens)
        || closes != null && candidate.getEnd().isAfter(closes)) {
      boolean early = opens != null && candidate.getStart().isBefore(opens);
      throw new AgendaRuleViolation(
          Rule.ITEM_OUTSIDE_DAY,
          early ? "start" : "end",
          key,
          Map.of(
              "date",
              day.getDate().toString(),
              "opensAt",
              String.valueOf(opens),
              "closesAt",
              String.valueOf(closes)),
          "\""
              + candidate
              + "\" is outside the hours of "
              + day
              + " ("
              + opens
              + "–"
              + closes
              + ")");
    }
    checkTimesExist(candidate, day.getDate(), getTimeZone());
    List<AgendaItem> sameDay = new ArrayList<>(alsoPlanned);
    day.getItems().stream().filter(other -> !other.getKey().equals(key)).forEach(sameDay::add);
    for (AgendaItem other : sameDay) {
      if (!candidate.canRunAlongside(other)) {
        throw new AgendaRuleViolation(
            Rule.ITEMS_CLASH,
            other.getRoom() == null || candidate.getRoom() == null ? "start" : "room",
            key,
            Map.of(
                "otherItem",
                String.valueOf(other.getKey()),
                "otherTitle",
                other.getTitle(),
                "room",
                String.valueOf(other.getRoom())),
            "\""
                + candidate
                + "\" and \""
                + other
                + "\" on "
                + day.getDate()
                + " are at the same time and not in different rooms");
      }
      if (candidate.overlaps(other)) {
        for (Long person : candidate.people()) {
          if (other.people().contains(person)) {
            throw new AgendaRuleViolation(
                Rule.PERSON_IN_TWO_PLACES,
                "roles",
                key,
                Map.of(
                    "person",
                    person.toString(),
                    "otherItem",
                    String.valueOf(other.getKey()),
                    "otherTitle",
                    other.getTitle()),
                "person "
                    + person
                    + " would be in \""
                    + candidate
                    + "\" and in \""
                    + other
                    + "\" at once");
          }
        }
      }
    }
    checkSessionNumber(candidate, day.getDate(), key, alsoPlanned);
  }

  private void checkSessionNumber(
      AgendaItem candidate, LocalDate date, String replacing, List<AgendaItem> alsoPlanned) {
    Integer number = candidate.getSessionNumber();
    if (number == null) {
      return;
    }
    List<AgendaItem> blocks = new ArrayList<>(alsoPlanned);
    getItems().stream()
        .filter(other -> !other.getKey().equals(replacing))
        .filter(other -> number.equals(other.getSessionNumber()))
        .forEach(blocks::add);
    if (candidate.isContinued()) {
      boolean opened =
          blocks.stream()
              .anyMatch(
                  other ->
                      !other.isContinued()
                          && startOf(other, date).isBefore(date.atTime(candidate.getStart())));
      if (!opened) {
        throw new AgendaRuleViolation(
            Rule.CONTINUATION_WITHOUT_SESSION,
            "sessionNumber",
            replacing,
            Map.of("sessionNumber", number.toString()),
            "session " + number + " cannot continue before it has started");
      }
      return;
    }
    for (AgendaItem other : blocks) {
      boolean parallelGroup =
          !other.isContinued() && dateOf(other, date).equals(date) && candidate.overlaps(other);
      if (!other.isContinued() && !parallelGroup) {
        throw new AgendaRuleViolation(
            Rule.SESSION_NUMBER_TAKEN,
            "sessionNumber",
            replacing,
            Map.of("sessionNumber", number.toString(), "otherItem", String.valueOf(other.getKey())),
            "session " + number + " is already on the agenda of " + slug);
      }
    }
  }

  /** The date of an item; items about to be placed have no day yet and are on {@code fallback}. */
  private static LocalDate dateOf(AgendaItem item, LocalDate fallback) {
    return item.getDay() == null ? fallback : item.getDay().getDate();
  }

  private static LocalDateTime startOf(AgendaItem item, LocalDate fallback) {
    return dateOf(item, fallback).atTime(item.getStart());
  }

  /** Refuses local times that the zone skips, such as 02:30 on a spring-forward day. */
  private static void checkTimesExist(AgendaItem item, LocalDate date, ZoneId zone) {
    ZoneRules rules = zone.getRules();
    for (String field : List.of("start", "end")) {
      LocalTime time = field.equals("start") ? item.getStart() : item.getEnd();
      LocalDateTime local = date.atTime(time);
      if (rules.getValidOffsets(local).isEmpty()) {
        throw new AgendaRuleViolation(
            Rule.TIME_DOES_NOT_EXIST,
            field,
            item.getKey(),
            Map.of("time", local.toString(), "timeZone", zone.getId()),
            local + " does not exist in " + zone.getId() + " (the clocks skip it)");
      }
    }
    for (ItemStep step : item.getSteps()) {
      LocalDateTime local = date.atTime(step.getTime());
      if (rules.getValidOffsets(local).isEmpty()) {
        throw new AgendaRuleViolation(
            Rule.TIME_DOES_NOT_EXIST,
            "steps",
            item.getKey(),
            Map.of("time", local.toString(), "timeZone", zone.getId()),
            local + " does not exist in " + zone.getId() + " (the clocks skip it)");
      }
    }
  }

  void restorePublication(int number, String label, Instant publishedAt) {
    this.publishedVersion = number;
    this.agendaLabel = label;
    this.agendaStatus = AgendaStatus.PUBLISHED;
    this.agendaPublishedAt = publishedAt.atOffset(ZoneOffset.UTC);
  }

  void restoreItem(MeetingDay day, AgendaItem item, String key) {
    item.keyed(key);
    day.insert(item);
  }

  public Long getId() {
    return id;
  }

  /** The version of this meeting (its details, days and items) for optimistic locking. */
  public long getVersion() {
    return version;
  }

  /** The number of the latest published version of the agenda; 0 before the first. */
  public int getPublishedVersion() {
    return publishedVersion;
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

  /** The working group that holds the meeting, or null. */
  public WorkingGroup getWorkingGroup() {
    return workingGroup;
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
