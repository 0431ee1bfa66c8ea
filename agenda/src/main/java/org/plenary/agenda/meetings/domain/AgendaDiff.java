package org.plenary.agenda.meetings.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.plenary.agenda.meetings.domain.AgendaChange.Kind;

/**
 * What changed between two versions of a meeting's agenda, item by item (items are matched by their
 * key, so a moved or retitled item is one change, not a removal and an addition).
 */
public final class AgendaDiff {
  private AgendaDiff() {}

  /** The changes from {@code older} to {@code newer}: meeting first, then days, then items. */
  public static List<AgendaChange> between(Meeting older, Meeting newer) {
    List<AgendaChange> changes = new ArrayList<>();
    meeting(older, newer, changes);
    days(older, newer, changes);
    items(older, newer, changes);
    return List.copyOf(changes);
  }

  private static void meeting(Meeting older, Meeting newer, List<AgendaChange> changes) {
    detail(changes, null, "title", older.getTitle(), newer.getTitle());
    detail(changes, null, "theme", older.getTheme(), newer.getTheme());
    detail(changes, null, "body", older.getBody(), newer.getBody());
    detail(changes, null, "description", older.getDescription(), newer.getDescription());
    detail(changes, null, "venue", venue(older), venue(newer));
    detail(changes, null, "dates", dates(older), dates(newer));
    detail(changes, null, "timeZone", older.getTimeZone().getId(), newer.getTimeZone().getId());
    detail(changes, null, "roles", roles(older.getRoles()), roles(newer.getRoles()));
  }

  private static void detail(
      List<AgendaChange> changes, LocalDate date, String what, String before, String after) {
    if (!Objects.equals(before, after)) {
      changes.add(
          new AgendaChange(
              date == null ? Kind.MEETING_CHANGED : Kind.DAY_CHANGED,
              date,
              null,
              what,
              before,
              after));
    }
  }

  private static void days(Meeting older, Meeting newer, List<AgendaChange> changes) {
    Map<LocalDate, MeetingDay> before = byKey(older.getDays(), MeetingDay::getDate);
    Map<LocalDate, MeetingDay> after = byKey(newer.getDays(), MeetingDay::getDate);
    for (MeetingDay day : older.getDays()) {
      if (!after.containsKey(day.getDate())) {
        changes.add(
            new AgendaChange(
                Kind.DAY_REMOVED, day.getDate(), null, day.getLabel(), day.getLabel(), null));
      }
    }
    for (MeetingDay day : newer.getDays()) {
      MeetingDay old = before.get(day.getDate());
      if (old == null) {
        changes.add(
            new AgendaChange(
                Kind.DAY_ADDED, day.getDate(), null, day.getLabel(), null, day.getLabel()));
        continue;
      }
      detail(changes, day.getDate(), "label", old.getLabel(), day.getLabel());
      detail(
          changes,
          day.getDate(),
          "audience",
          audience(old.getAudience()),
          audience(day.getAudience()));
      detail(changes, day.getDate(), "note", old.getNote(), day.getNote());
      detail(changes, day.getDate(), "hours", hours(old), hours(day));
    }
  }

  private static void items(Meeting older, Meeting newer, List<AgendaChange> changes) {
    Map<String, AgendaItem> before = byKey(older.getItems(), AgendaItem::getKey);
    Map<String, AgendaItem> after = byKey(newer.getItems(), AgendaItem::getKey);
    for (AgendaItem item : older.getItems()) {
      if (!after.containsKey(item.getKey())) {
        changes.add(
            new AgendaChange(
                Kind.ITEM_REMOVED,
                item.getDay().getDate(),
                item.getKey(),
                item.getTitle(),
                place(item),
                null));
      }
    }
    for (AgendaItem item : newer.getItems()) {
      AgendaItem old = before.get(item.getKey());
      LocalDate date = item.getDay().getDate();
      String key = item.getKey();
      String title = item.getTitle();
      if (old == null) {
        changes.add(new AgendaChange(Kind.ITEM_ADDED, date, key, title, null, place(item)));
        continue;
      }
      boolean moved =
          !old.getDay().getDate().equals(date) || !Objects.equals(old.getRoom(), item.getRoom());
      boolean retimed =
          !old.getStart().equals(item.getStart()) || !old.getEnd().equals(item.getEnd());
      if (moved || retimed) {
        changes.add(
            new AgendaChange(
                moved ? Kind.ITEM_MOVED : Kind.ITEM_RETIMED,
                date,
                key,
                title,
                place(old),
                place(item)));
      }
      add(changes, Kind.ITEM_RETITLED, date, key, title, old.getTitle(), item.getTitle());
      add(changes, Kind.ITEM_RENUMBERED, date, key, title, number(old), number(item));
      add(
          changes,
          Kind.ROLES_CHANGED,
          date,
          key,
          title,
          roles(old.getRoles()),
          roles(item.getRoles()));
      add(
          changes,
          Kind.KEY_QUESTIONS_CHANGED,
          date,
          key,
          title,
          lines(old.getKeyQuestions()),
          lines(item.getKeyQuestions()));
      add(
          changes,
          Kind.DESCRIPTION_CHANGED,
          date,
          key,
          title,
          old.getDescription(),
          item.getDescription());
      add(
          changes,
          Kind.DOCUMENTS_CHANGED,
          date,
          key,
          title,
          lines(old.getDocuments().stream().map(LinkedDocument::toString).toList()),
          lines(item.getDocuments().stream().map(LinkedDocument::toString).toList()));
      add(
          changes,
          Kind.AUDIENCE_CHANGED,
          date,
          key,
          title,
          old.getAudienceOverride() == null ? null : audience(old.getAudienceOverride()),
          item.getAudienceOverride() == null ? null : audience(item.getAudienceOverride()));
    }
  }

  private static void add(
      List<AgendaChange> changes,
      Kind kind,
      LocalDate date,
      String key,
      String subject,
      String before,
      String after) {
    if (!Objects.equals(before, after)) {
      changes.add(new AgendaChange(kind, date, key, subject, before, after));
    }
  }

  private static <K, V> Map<K, V> byKey(List<V> values, Function<V, K> key) {
    return values.stream()
        .collect(Collectors.toMap(key, value -> value, (a, b) -> a, LinkedHashMap::new));
  }

  /** Where and when an item is, as in "2019-09-19 12:45–13:45, Room A". */
  static String place(AgendaItem item) {
    return item.getDay().getDate()
        + " "
        + item.getStart()
        + "–"
        + item.getEnd()
        + (item.getRoom() == null ? "" : ", " + item.getRoom());
  }

  private static String number(AgendaItem item) {
    return item.getSessionNumber() == null
        ? null
        : item.getSessionNumber() + (item.isContinued() ? " (continued)" : "");
  }

  private static String roles(List<AgendaRole> roles) {
    return roles.isEmpty()
        ? null
        : roles.stream()
            .map(
                role ->
                    role.getLabel()
                        + (role.getContribution() == null ? "" : " – " + role.getContribution()))
            .collect(Collectors.joining("\n"));
  }

  private static String lines(List<String> values) {
    return values.isEmpty() ? null : String.join("\n", values);
  }

  private static String venue(Meeting meeting) {
    Venue venue = meeting.getVenue();
    List<String> parts = new ArrayList<>();
    parts.add(venue.getName());
    parts.addAll(venue.getAddressLines());
    parts.add(venue.getCity());
    return String.join(", ", parts);
  }

  private static String dates(Meeting meeting) {
    return meeting.getStartDate() + "–" + meeting.getEndDate();
  }

  private static String audience(Audience audience) {
    String who =
        audience.isOpenToEveryone()
            ? "everyone"
            : audience.getCategories().stream().map(Enum::name).collect(Collectors.joining(", "));
    return audience.getNote() == null ? who : who + ": " + audience.getNote();
  }

  private static String hours(MeetingDay day) {
    return day.getOpensAt() == null && day.getClosesAt() == null
        ? null
        : day.getOpensAt() + "–" + day.getClosesAt();
  }
}
