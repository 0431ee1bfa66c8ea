package org.plenary.web.rest.meetings;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.plenary.agenda.meetings.domain.AgendaItem;
import org.plenary.agenda.meetings.domain.AgendaRole;
import org.plenary.agenda.meetings.domain.Meeting;

/**
 * A published agenda as an iCalendar (RFC 5545): one event per item with local times in the
 * meeting's time zone ({@code DTSTART;TZID=Asia/Seoul:...}) and that zone's definition (VTIMEZONE)
 * with every change of offset from a year before the meeting to a year after, so a calendar
 * anywhere shows each item at the right moment, across daylight-saving changes too.
 */
final class AgendaCalendar {
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
  private static final String CRLF = "\r\n";

  private final Meeting meeting;
  private final ZoneId zone;
  private final StringBuilder out = new StringBuilder();

  private AgendaCalendar(Meeting meeting) {
    this.meeting = meeting;
    this.zone = meeting.getTimeZone();
  }

  /** The whole agenda, or only {@code items} of it. */
  static String of(Meeting meeting, List<AgendaItem> items) {
    return new AgendaCalendar(meeting).write(items);
  }

  private String write(List<AgendaItem> items) {
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//Plenary//Agenda " + meeting.getAgendaLabel() + "//EN");
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    line("X-WR-CALNAME:" + text(meeting.getTitle()));
    line("X-WR-TIMEZONE:" + zone.getId());
    timeZone();
    items.forEach(this::event);
    line("END:VCALENDAR");
    return out.toString();
  }

  /**
   * The zone's definition around the meeting: where the zone follows yearly rules (as
   * Europe/Brussels has since 1996), one STANDARD and one DAYLIGHT observance with their RRULE, the
   * form calendar programs read best; otherwise (no daylight saving, or rules that changed near the
   * meeting) the offset in force and each actual change from a year before to a year after.
   */
  private void timeZone() {
    ZoneRules rules = zone.getRules();
    LocalDateTime from = meeting.getStartDate().minusYears(1).withDayOfYear(1).atStartOfDay();
    LocalDateTime until = meeting.getEndDate().plusYears(2).withDayOfYear(1).atStartOfDay();
    Instant start = from.atZone(zone).toInstant();
    line("BEGIN:VTIMEZONE");
    line("TZID:" + zone.getId());
    ZoneOffsetTransition lastFixed = rules.previousTransition(start);
    boolean yearly =
        !rules.getTransitionRules().isEmpty()
            && rules.nextTransition(start) != null
            && rules.getTransitions().stream().noneMatch(t -> !t.getInstant().isBefore(start));
    if (yearly) {
      for (ZoneOffsetTransitionRule rule : rules.getTransitionRules()) {
        ZoneOffsetTransition first = rule.createTransition(from.getYear());
        observance(
            rules.isDaylightSavings(first.getInstant()),
            first.getDateTimeBefore(),
            first.getOffsetBefore(),
            first.getOffsetAfter(),
            recurrence(rule));
      }
    } else {
      ZoneOffset initial = rules.getOffset(start);
      observance(
          rules.isDaylightSavings(start),
          lastFixed == null ? from : lastFixed.getDateTimeAfter(),
          initial,
          initial,
          null);
      ZoneOffsetTransition transition = rules.nextTransition(start);
      while (transition != null
          && transition.getInstant().isBefore(until.atZone(zone).toInstant())) {
        observance(
            rules.isDaylightSavings(transition.getInstant()),
            transition.getDateTimeBefore(),
            transition.getOffsetBefore(),
            transition.getOffsetAfter(),
            null);
        transition = rules.nextTransition(transition.getInstant());
      }
    }
    line("END:VTIMEZONE");
  }

  /** A yearly rule such as "the last Sunday of March" as an RRULE. */
  private static String recurrence(ZoneOffsetTransitionRule rule) {
    StringBuilder rrule =
        new StringBuilder("FREQ=YEARLY;BYMONTH=").append(rule.getMonth().getValue());
    int indicator = rule.getDayOfMonthIndicator();
    if (rule.getDayOfWeek() == null) {
      return rrule.append(";BYMONTHDAY=").append(indicator).toString();
    }
    rrule.append(";BYDAY=").append(rule.getDayOfWeek().name(), 0, 2).append(";BYMONTHDAY=");
    List<String> days = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      days.add(String.valueOf(indicator > 0 ? indicator + i : indicator - i));
    }
    return rrule.append(String.join(",", days)).toString();
  }

  private void observance(
      boolean daylight,
      LocalDateTime start,
      ZoneOffset offsetFrom,
      ZoneOffset offsetTo,
      String recurrence) {
    String type = daylight ? "DAYLIGHT" : "STANDARD";
    line("BEGIN:" + type);
    line("DTSTART:" + LOCAL.format(start));
    if (recurrence != null) {
      line("RRULE:" + recurrence);
    }
    line("TZOFFSETFROM:" + offset(offsetFrom));
    line("TZOFFSETTO:" + offset(offsetTo));
    line("END:" + type);
  }

  private void event(AgendaItem item) {
    LocalDate date = item.getDay().getDate();
    line("BEGIN:VEVENT");
    line("UID:" + meeting.getSlug() + "-" + item.getKey() + "@plenary");
    line("DTSTAMP:" + LOCAL.format(meeting.getAgendaPublishedAt().atOffset(ZoneOffset.UTC)) + "Z");
    line("SEQUENCE:" + Math.max(0, meeting.getPublishedVersion() - 1));
    line("DTSTART;TZID=" + zone.getId() + ":" + LOCAL.format(date.atTime(item.getStart())));
    line("DTEND;TZID=" + zone.getId() + ":" + LOCAL.format(date.atTime(item.getEnd())));
    line("SUMMARY:" + text(summary(item)));
    line("LOCATION:" + text(location(item)));
    String description = description(item);
    if (!description.isEmpty()) {
      line("DESCRIPTION:" + text(description));
    }
    line("END:VEVENT");
  }

  /** What a calendar shows as the event's title, as in "Session 1: Towards new governance...". */
  static String summary(AgendaItem item) {
    if (item.getSessionNumber() == null) {
      return item.getTitle();
    }
    return "Session "
        + item.getSessionNumber()
        + (item.isContinued() ? ", continued" : "")
        + ": "
        + item.getTitle();
  }

  private String location(AgendaItem item) {
    List<String> parts = new ArrayList<>();
    if (item.getRoom() != null) {
      parts.add(item.getRoom());
    }
    parts.add(meeting.getVenue().getName());
    parts.addAll(meeting.getVenue().getAddressLines());
    parts.add(meeting.getVenue().getCity());
    return String.join(", ", parts);
  }

  private static String description(AgendaItem item) {
    List<String> parts = new ArrayList<>();
    if (item.getDescription() != null) {
      parts.add(item.getDescription());
    }
    if (!item.getKeyQuestions().isEmpty()) {
      parts.add(
          "Key questions:\n"
              + item.getKeyQuestions().stream()
                  .map(q -> "- " + q)
                  .collect(Collectors.joining("\n")));
    }
    if (!item.getRoles().isEmpty()) {
      parts.add(
          item.getRoles().stream().map(AgendaCalendar::role).collect(Collectors.joining("\n")));
    }
    if (!item.getSteps().isEmpty()) {
      parts.add(
          item.getSteps().stream()
              .map(step -> step.getTime() + " – " + step.getLabel())
              .collect(Collectors.joining("\n")));
    }
    item.getDocuments().forEach(d -> parts.add(d.getTitle() + ": " + d.getUrl()));
    return String.join("\n\n", parts);
  }

  private static String role(AgendaRole role) {
    return "- "
        + role.getLabel()
        + (role.getContribution() == null ? "" : " – " + role.getContribution());
  }

  private static String offset(ZoneOffset offset) {
    int seconds = offset.getTotalSeconds();
    int abs = Math.abs(seconds);
    String value = String.format("%s%02d%02d", seconds < 0 ? "-" : "+", abs / 3600, abs / 60 % 60);
    return abs % 60 == 0 ? value : value + String.format("%02d", abs % 60);
  }

  /** A TEXT value: backslashes, semicolons, commas and line breaks escaped (RFC 5545 3.3.11). */
  private static String text(String value) {
    return value
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n");
  }

  /** Writes a content line folded at 75 octets, never inside a UTF-8 character. */
  private void line(String content) {
    int octets = 0;
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < content.length(); ) {
      int codePoint = content.codePointAt(i);
      String character = new String(Character.toChars(codePoint));
      int size = character.getBytes(StandardCharsets.UTF_8).length;
      if (octets + size > 75) {
        line.append(CRLF).append(' ');
        octets = 1;
      }
      line.append(character);
      octets += size;
      i += Character.charCount(codePoint);
    }
    out.append(line).append(CRLF);
  }
}
