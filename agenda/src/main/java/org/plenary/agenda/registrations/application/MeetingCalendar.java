package org.plenary.agenda.registrations.application;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.plenary.agenda.meetings.domain.AgendaItem;
import org.plenary.agenda.meetings.domain.ItemKind;
import org.plenary.agenda.meetings.domain.Meeting;
import org.plenary.agenda.meetings.domain.MeetingDay;
import org.plenary.agenda.registrations.domain.Registration;
import org.plenary.agenda.registrations.domain.SocialEventPlace;
import org.plenary.core.mail.Mail;

/**
 * A calendar entry (RFC 5545) for the days a participant registered for: one event per day of the
 * meeting they come, and per day of each side meeting they chose, so a calendar shows exactly the
 * days they come. A day runs from its opening to its closing hour as the published agenda gives
 * them (else from its first item's start to its last one's end, the social event aside), in UTC so
 * every client places it right; a day without times is an all-day event. The social event is an
 * event of its own for those with a confirmed seat.
 */
final class MeetingCalendar {
  private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private MeetingCalendar() {}

  /**
   * @param published the meeting's published agenda with its published side meetings (its days'
   *     hours), or null when it has no published snapshot: the meeting as it stands then
   */
  static Mail.Attachment attachment(Registration registration, Meeting published, Instant now) {
    return new Mail.Attachment(
        registration.getMeeting().getSlug() + ".ics",
        "text/calendar; charset=UTF-8; method=PUBLISH",
        ics(registration, published, now).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The registered days of the meeting, then the days of each side meeting chosen.
   *
   * @param published as for {@link #attachment}
   */
  static String ics(Registration registration, Meeting published, Instant now) {
    StringBuilder ics = new StringBuilder();
    line(ics, "BEGIN:VCALENDAR");
    line(ics, "VERSION:2.0");
    line(ics, "PRODID:-//Plenary//Registrations//EN");
    line(ics, "METHOD:PUBLISH");
    Meeting meeting = published == null ? registration.getMeeting() : published;
    events(ics, meeting, registration.getDays(), now);
    if (registration.getSocialEvent() == SocialEventPlace.CONFIRMED) {
      socialEvents(ics, meeting, registration.getDays(), now);
    }
    for (Meeting chosen : registration.getSideMeetings()) {
      Meeting side =
          published == null
              ? chosen
              : published.getPublishedSideMeetings().stream()
                  .filter(s -> s.getSlug().equals(chosen.getSlug()))
                  .findFirst()
                  .orElse(chosen);
      events(ics, side, side.getDays().stream().map(MeetingDay::getDate).toList(), now);
    }
    line(ics, "END:VCALENDAR");
    return ics.toString();
  }

  private static void events(
      StringBuilder ics, Meeting meeting, Iterable<LocalDate> days, Instant now) {
    for (LocalDate day : days) {
      line(ics, "BEGIN:VEVENT");
      line(ics, "UID:" + meeting.getSlug() + "-" + DATE.format(day) + "@plenary");
      line(ics, "DTSTAMP:" + STAMP.format(now));
      Optional<LocalTime[]> hours =
          meeting.getDays().stream()
              .filter(d -> d.getDate().equals(day))
              .findFirst()
              .flatMap(MeetingCalendar::hours);
      if (hours.isPresent()) {
        ZoneId zone = meeting.getTimeZone();
        line(ics, "DTSTART:" + STAMP.format(day.atTime(hours.get()[0]).atZone(zone)));
        line(ics, "DTEND:" + STAMP.format(day.atTime(hours.get()[1]).atZone(zone)));
      } else {
        line(ics, "DTSTART;VALUE=DATE:" + DATE.format(day));
        line(ics, "DTEND;VALUE=DATE:" + DATE.format(day.plusDays(1)));
      }
      line(ics, "SUMMARY:" + text(meeting.getTitle()));
      line(
          ics,
          "LOCATION:" + text(meeting.getVenue().getName() + ", " + meeting.getVenue().getCity()));
      line(ics, "END:VEVENT");
    }
  }

  /** The social event of each registered day that has one, at its times. */
  private static void socialEvents(
      StringBuilder ics, Meeting meeting, List<LocalDate> days, Instant now) {
    ZoneId zone = meeting.getTimeZone();
    for (MeetingDay day : meeting.getDays()) {
      if (!days.contains(day.getDate())) {
        continue;
      }
      for (AgendaItem item : day.getItems()) {
        if (item.getKind() != ItemKind.SOCIAL_EVENT) {
          continue;
        }
        line(ics, "BEGIN:VEVENT");
        line(
            ics, "UID:" + meeting.getSlug() + "-" + DATE.format(day.getDate()) + "-social@plenary");
        line(ics, "DTSTAMP:" + STAMP.format(now));
        line(ics, "DTSTART:" + STAMP.format(day.getDate().atTime(item.getStart()).atZone(zone)));
        line(ics, "DTEND:" + STAMP.format(day.getDate().atTime(item.getEnd()).atZone(zone)));
        line(ics, "SUMMARY:" + text(item.getTitle() + " – " + meeting.getTitle()));
        line(ics, "END:VEVENT");
      }
    }
  }

  /**
   * A day's opening and closing hours, else its first item's start and its last item's end (the
   * social event aside: not everyone goes); empty when it has neither (or they make no span).
   */
  private static Optional<LocalTime[]> hours(MeetingDay day) {
    LocalTime start = day.getOpensAt();
    LocalTime end = day.getClosesAt();
    if (start == null || end == null) {
      List<AgendaItem> items =
          day.getItems().stream().filter(i -> i.getKind() != ItemKind.SOCIAL_EVENT).toList();
      start = items.stream().map(AgendaItem::getStart).min(LocalTime::compareTo).orElse(null);
      end = items.stream().map(AgendaItem::getEnd).max(LocalTime::compareTo).orElse(null);
    }
    return start != null && end != null && start.isBefore(end)
        ? Optional.of(new LocalTime[] {start, end})
        : Optional.empty();
  }

  /** Escapes a TEXT value (RFC 5545, 3.3.11). */
  static String text(String value) {
    return value
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n");
  }

  /**
   * Writes a content line, folded as RFC 5545 (3.1) asks: no line longer than 75 octets, each
   * continuation starting with a space, never inside a character's UTF-8 bytes.
   */
  static void line(StringBuilder ics, String line) {
    int octets = 0;
    int limit = 75;
    for (int i = 0; i < line.length(); ) {
      int codePoint = line.codePointAt(i);
      int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + size > limit) {
        ics.append("\r\n ");
        octets = 0;
        limit = 74; // the leading space counts
      }
      ics.appendCodePoint(codePoint);
      octets += size;
      i += Character.charCount(codePoint);
    }
    ics.append("\r\n");
  }
}
