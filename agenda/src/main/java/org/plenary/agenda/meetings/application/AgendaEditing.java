package org.plenary.agenda.meetings.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.plenary.agenda.meetings.domain.AgendaItem;
import org.plenary.agenda.meetings.domain.AgendaRole;
import org.plenary.agenda.meetings.domain.AgendaRuleViolation;
import org.plenary.agenda.meetings.domain.AgendaRuleViolation.Rule;
import org.plenary.agenda.meetings.domain.Audience;
import org.plenary.agenda.meetings.domain.Meeting;
import org.plenary.agenda.meetings.domain.MeetingDay;
import org.plenary.agenda.meetings.domain.Venue;
import org.plenary.core.audit.application.AuditLog;
import org.plenary.core.audit.domain.AuditAction;
import org.plenary.core.audit.domain.AuditObjectType;
import org.plenary.core.security.domain.Roles;
import org.plenary.core.shared.NotFoundException;

/**
 * The secretariat edits a meeting's draft agenda, one change at a time, as the planning screens and
 * the REST API do: every change names the version of the meeting the editor saw, is refused with
 * {@link MeetingChangedMeanwhile} when someone else changed the meeting since, is checked against
 * the agenda's rules ({@link AgendaRuleViolation}), answers the meeting's new version, and is
 * written to the audit log. The meeting is the unit of concurrency: any change to it, its days or
 * its items makes every older version stale.
 */
@Stateless
@RolesAllowed(Roles.SECRETARIAT)
public class AgendaEditing {
  private static final String MEETING = "meeting";

  @PersistenceContext EntityManager em;
  @Inject AuditLog audit;
  @Inject MeetingPlanning planning;

  /** Plans a new draft meeting (with days and items when the plan has them). */
  public Edit createMeeting(@NotNull @Valid MeetingPlan plan) {
    return createMeeting(plan, null);
  }

  /** Plans a draft meeting held by the working group with slug {@code group} (null for none). */
  public Edit createMeeting(@NotNull @Valid MeetingPlan plan, String group) {
    String slug = planning.plan(plan, group);
    Meeting meeting = meeting(slug);
    em.flush();
    return new Edit(slug, meeting.getVersion(), null);
  }

  /** Changes the meeting's texts, venue, time zone and dates. */
  public Edit reviseMeeting(
      @NotBlank String slug, long seenVersion, @NotNull @Valid MeetingDetails details) {
    Meeting meeting = editable(slug, seenVersion);
    meeting.retitle(details.title());
    meeting.describe(details.theme(), details.body(), details.description());
    meeting.relocate(details.venue());
    meeting.moveToTimeZone(Meeting.timeZone(details.timeZone()));
    meeting.reschedule(details.startDate(), details.endDate());
    meeting.hostBy(GroupMeetings.hostingGroup(em, details.group()));
    return done(
        meeting,
        AuditAction.MEETING_REVISED,
        null,
        details.title()
            + ", "
            + details.startDate()
            + " to "
            + details.endDate()
            + ", "
            + details.venue()
            + ", "
            + details.timeZone()
            + (details.group() == null || details.group().isBlank()
                ? ""
                : ", group " + details.group()));
  }

  /** Replaces the meeting's own office holders, such as a side meeting's chair. */
  public Edit appointMeetingRoles(
      @NotBlank String slug, long seenVersion, @NotNull List<@NotNull AgendaRole> roles) {
    Meeting meeting = editable(slug, seenVersion);
    meeting.appointOnly(roles);
    return done(meeting, AuditAction.MEETING_ROLES_APPOINTED, null, roles.size() + " role(s)");
  }

  /**
   * Deletes a meeting with its days, items and published versions. A meeting with side meetings
   * keeps them: delete those first.
   */
  public void deleteMeeting(@NotBlank String slug, long seenVersion) {
    Meeting meeting = editable(slug, seenVersion);
    if (!meeting.getSideMeetings().isEmpty()) {
      throw new AgendaRuleViolation(
          Rule.MEETING_HAS_SIDE_MEETINGS, slug + " has side meetings; delete them first");
    }
    em.createQuery("delete from AgendaVersion v where v.meeting = :meeting")
        .setParameter(MEETING, meeting)
        .executeUpdate();
    em.remove(meeting);
    flush(slug, seenVersion);
    audit.record(AuditAction.MEETING_DELETED, AuditObjectType.MEETING, slug, meeting.getTitle());
  }

  /** Adds a day, with its items when the plan has them. */
  public Edit addDay(@NotBlank String slug, long seenVersion, @NotNull @Valid DayPlan day) {
    Meeting meeting = editable(slug, seenVersion);
    day.addTo(meeting);
    return done(meeting, AuditAction.AGENDA_DAY_ADDED, null, day.date() + " " + day.label());
  }

  /** Changes a day's label, audience, note and hours (both hours null: the whole calendar day). */
  public Edit reviseDay(
      @NotBlank String slug,
      long seenVersion,
      @NotNull LocalDate date,
      @NotBlank String label,
      @NotNull Audience audience,
      String note,
      LocalTime opensAt,
      LocalTime closesAt) {
    Meeting meeting = editable(slug, seenVersion);
    MeetingDay day = meeting.day(date);
    day.relabel(label);
    day.admit(audience);
    day.annotate(note);
    day.keepHours(opensAt, closesAt);
    return done(
        meeting,
        AuditAction.AGENDA_DAY_REVISED,
        null,
        date + " " + label + ", open to " + audience);
  }

  /** Removes a day with all its items. */
  public Edit removeDay(@NotBlank String slug, long seenVersion, @NotNull LocalDate date) {
    Meeting meeting = editable(slug, seenVersion);
    MeetingDay day = meeting.day(date);
    int items = day.getItems().size();
    meeting.removeDay(date);
    return done(
        meeting, AuditAction.AGENDA_DAY_REMOVED, null, date + " with " + items + " item(s)");
  }

  /** Adds an item of any kind on the day of {@code date}. */
  public Edit addItem(
      @NotBlank String slug,
      long seenVersion,
      @NotNull LocalDate date,
      @NotNull @Valid ItemPlan item) {
    Meeting meeting = editable(slug, seenVersion);
    AgendaItem added = meeting.place(item.toItem(), date, null);
    return done(meeting, AuditAction.AGENDA_ITEM_ADDED, added.getKey(), describe(added, date));
  }

  /**
   * Replaces everything about an item (texts, kind, times, room, key questions, roles, steps,
   * documents, audience); it keeps its key and may move to the day of {@code date}.
   */
  public Edit reviseItem(
      @NotBlank String slug,
      long seenVersion,
      @NotBlank String key,
      @NotNull LocalDate date,
      @NotNull @Valid ItemPlan item) {
    Meeting meeting = editable(slug, seenVersion);
    meeting.item(key);
    AgendaItem revised = meeting.place(item.toItem(), date, key);
    return done(meeting, AuditAction.AGENDA_ITEM_REVISED, key, describe(revised, date));
  }

  /**
   * Moves and resizes an item, as the timeline does on drag and drop: new local start and end in
   * the meeting's time zone, on the same or another day of the meeting.
   */
  public Edit moveItem(
      @NotBlank String slug,
      long seenVersion,
      @NotBlank String key,
      @NotNull LocalDateTime start,
      @NotNull LocalDateTime end) {
    Meeting meeting = editable(slug, seenVersion);
    String before = describe(meeting.item(key), meeting.item(key).getDay().getDate());
    AgendaItem moved = meeting.moveItem(key, start, end);
    return done(
        meeting,
        AuditAction.AGENDA_ITEM_MOVED,
        key,
        before + " -> " + describe(moved, start.toLocalDate()));
  }

  /** Moves an item to another room (null: the whole venue). */
  public Edit moveItemToRoom(
      @NotBlank String slug, long seenVersion, @NotBlank String key, String room) {
    Meeting meeting = editable(slug, seenVersion);
    AgendaItem moved = meeting.moveToRoom(key, room);
    return done(
        meeting, AuditAction.AGENDA_ITEM_MOVED, key, describe(moved, moved.getDay().getDate()));
  }

  /** Takes an item off the agenda. */
  public Edit removeItem(@NotBlank String slug, long seenVersion, @NotBlank String key) {
    Meeting meeting = editable(slug, seenVersion);
    AgendaItem item = meeting.item(key);
    String description = describe(item, item.getDay().getDate());
    List<String> removed = meeting.removeItem(key);
    return done(
        meeting,
        AuditAction.AGENDA_ITEM_REMOVED,
        key,
        removed.size() == 1
            ? description
            : description + ", with its continued blocks " + removed.subList(1, removed.size()));
  }

  /**
   * Splits a session at {@code at}; it continues on {@code resumeDate} from {@code resumeStart} to
   * {@code resumeEnd} as "Session n, continued".
   *
   * @return the edit, with the key of the new continued block
   */
  public Edit splitSession(
      @NotBlank String slug,
      long seenVersion,
      @NotBlank String key,
      @NotNull LocalTime at,
      @NotNull LocalDate resumeDate,
      @NotNull LocalTime resumeStart,
      @NotNull LocalTime resumeEnd) {
    Meeting meeting = editable(slug, seenVersion);
    AgendaItem next = meeting.splitSession(key, at, resumeDate, resumeStart, resumeEnd);
    return done(
        meeting,
        AuditAction.AGENDA_SESSION_SPLIT,
        next.getKey(),
        key + " split at " + at + ", continued as " + describe(next, resumeDate));
  }

  /** Renames a room on every item in it. */
  public Edit renameRoom(
      @NotBlank String slug, long seenVersion, @NotBlank String from, @NotBlank String to) {
    Meeting meeting = editable(slug, seenVersion);
    meeting.renameRoom(from, to);
    return done(meeting, AuditAction.AGENDA_ROOM_RENAMED, null, from + " -> " + to);
  }

  /**
   * Copies a meeting as a new draft for the next one: new slug, title, start date and venue (null:
   * the same), the same structure shifted to the new dates. Side meetings are not copied.
   */
  public Edit copyMeeting(
      @NotBlank String slug,
      @NotBlank String newSlug,
      @NotBlank String newTitle,
      @NotNull LocalDate newStart,
      Venue newVenue,
      ZoneId newZone) {
    if (planning.isPlanned(newSlug)) {
      throw new AgendaRuleViolation(Rule.SLUG_TAKEN, "a meeting " + newSlug + " exists already");
    }
    Meeting original = draft(slug);
    Meeting copy = original.copyAs(newSlug, newTitle, newStart, newVenue, newZone);
    em.persist(copy);
    long shift = ChronoUnit.DAYS.between(original.getStartDate(), newStart);
    List<String> sideCopies = new ArrayList<>();
    for (Meeting side : original.getSideMeetings()) {
      Meeting sideDraft = draft(side.getSlug());
      String sideSlug = sideSlug(sideDraft, original, copy);
      Meeting sideCopy =
          sideDraft.copyAs(
              sideSlug,
              withYear(sideDraft.getTitle(), original.getStartDate(), newStart),
              sideDraft.getStartDate().plusDays(shift),
              newVenue,
              newZone);
      sideCopy.attachTo(copy);
      em.persist(sideCopy);
      sideCopies.add(sideSlug);
    }
    em.flush();
    audit.record(
        AuditAction.MEETING_COPIED,
        AuditObjectType.MEETING,
        newSlug,
        "copy of "
            + slug
            + " from "
            + newStart
            + (sideCopies.isEmpty() ? "" : ", side meetings " + sideCopies));
    return new Edit(newSlug, copy.getVersion(), null);
  }

  /**
   * The slug of a side meeting's copy: its own with the year of the new dates ("going-digital-2019"
   * becomes "going-digital-2020"), or failing that the new meeting's slug before its own.
   */
  private String sideSlug(Meeting side, Meeting original, Meeting copy) {
    String byYear = withYear(side.getSlug(), original.getStartDate(), copy.getStartDate());
    String candidate =
        byYear.equals(side.getSlug()) || planning.isPlanned(byYear)
            ? copy.getSlug() + "-" + side.getSlug()
            : byYear;
    if (candidate.length() > Meeting.MAX_SLUG || planning.isPlanned(candidate)) {
      throw new AgendaRuleViolation(
          Rule.SLUG_TAKEN,
          "slug",
          null,
          Map.of("slug", candidate),
          "the copy of side meeting " + side.getSlug() + " needs a free slug, " + candidate);
    }
    return candidate;
  }

  private static String withYear(String text, LocalDate from, LocalDate to) {
    return text.replace(String.valueOf(from.getYear()), String.valueOf(to.getYear()));
  }

  /**
   * The draft meeting with this slug and its whole agenda, everything loaded in a fixed number of
   * queries, with the version to send with the next edit ({@link Meeting#getVersion()}).
   */
  public Meeting draft(@NotBlank String slug) {
    TypedQuery<Meeting> query =
        em.createQuery("select m from Meeting m where m.slug = :slug", Meeting.class)
            .setParameter("slug", slug);
    MeetingCatalog.batchAgenda(query);
    Meeting meeting =
        query.getResultStream().findFirst().orElseThrow(() -> new NotFoundException(MEETING, slug));
    MeetingCatalog.loadAgenda(meeting);
    return meeting;
  }

  private Meeting meeting(String slug) {
    return em.createQuery("select m from Meeting m where m.slug = :slug", Meeting.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException(MEETING, slug));
  }

  /**
   * The meeting, unless someone changed it since {@code seenVersion}; it will get a new version.
   */
  private Meeting editable(String slug, long seenVersion) {
    Meeting meeting = meeting(slug);
    if (meeting.getVersion() != seenVersion) {
      throw new MeetingChangedMeanwhile(slug, seenVersion);
    }
    em.lock(meeting, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    return meeting;
  }

  private Edit done(Meeting meeting, AuditAction action, String key, String details) {
    flush(meeting.getSlug(), meeting.getVersion());
    audit.record(
        action,
        AuditObjectType.MEETING,
        meeting.getSlug(),
        key == null ? details : key + ": " + details);
    return new Edit(meeting.getSlug(), meeting.getVersion(), key);
  }

  /** Writes the change now, so a concurrent one that won the race is reported as such. */
  private void flush(String slug, long seenVersion) {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new MeetingChangedMeanwhile(slug, seenVersion);
    }
  }

  static String describe(AgendaItem item, LocalDate date) {
    return "\""
        + item.getTitle()
        + "\" "
        + date
        + " "
        + item.getStart()
        + "–"
        + item.getEnd()
        + (item.getRoom() == null ? "" : " in " + item.getRoom());
  }
}
