package org.plenary.agenda.registrations.application;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.plenary.agenda.meetings.domain.Meeting;
import org.plenary.core.mail.Mail;

/**
 * A calendar entry (RFC 5545) for the days a participant registered for: one all-day event per day,
 * so a calendar shows exactly the days they come.
 */
final class MeetingCalendar {
  private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private MeetingCalendar() {}

  static Mail.Attachment attachment(Meeting meeting, Iterable<LocalDate> days, Instant now) {
    return new Mail.Attachment(
        meeting.getSlug() + ".ics",
        "text/calendar; charset=UTF-8; method=PUBLISH",
        ics(meeting, days, now).getBytes(StandardCharsets.UTF_8));
  }

  static String ics(Meeting meeting, Iterable<LocalDate> days, Instant now) {
    StringBuilder ics = new StringBuilder();
    line(ics, "BEGIN:VCALENDAR");
    line(ics, "VERSION:2.0");
    line(ics, "PRODID:-//Plenary//Registrations//EN");
    line(ics, "METHOD:PUBLISH");
    for (LocalDate day : days) {
      line(ics, "BEGIN:VEVENT");
      line(ics, "UID:" + meeting.getSlug() + "-" + DATE.format(day) + "@plenary");
      line(ics, "DTSTAMP:" + STAMP.format(now));
      line(ics, "DTSTART;VALUE=DATE:" + DATE.format(day));
      line(ics, "DTEND;VALUE=DATE:" + DATE.format(day.plusDays(1)));
      line(ics, "SUMMARY:" + text(meeting.getTitle()));
      line(
          ics,
          "LOCATION:" + text(meeting.getVenue().getName() + ", " + meeting.getVenue().getCity()));
      line(ics, "END:VEVENT");
    }
    line(ics, "END:VCALENDAR");
    return ics.toString();
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

  private static void line(StringBuilder ics, String line) {
    ics.append(line).append("\r\n");
  }
}
