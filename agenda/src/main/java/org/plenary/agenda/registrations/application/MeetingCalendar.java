package org.plenary.agenda.registrations.application;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.plenary.agenda.meetings.domain.Meeting;
import org.plenary.agenda.meetings.domain.MeetingDay;
import org.plenary.agenda.registrations.domain.Registration;
import org.plenary.core.mail.Mail;

/**
 * A calendar entry (RFC 5545) for the days a participant registered for: one all-day event per day
 * of the meeting they come, and per day of each side meeting they chose, so a calendar shows
 * exactly the days they come.
 */
final class MeetingCalendar {
  private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private MeetingCalendar() {}

  static Mail.Attachment attachment(Registration registration, Instant now) {
    return new Mail.Attachment(
        registration.getMeeting().getSlug() + ".ics",
        "text/calendar; charset=UTF-8; method=PUBLISH",
        ics(registration, now).getBytes(StandardCharsets.UTF_8));
  }

  /** The registered days of the meeting, then the days of each side meeting chosen. */
  static String ics(Registration registration, Instant now) {
    StringBuilder ics = new StringBuilder();
    line(ics, "BEGIN:VCALENDAR");
    line(ics, "VERSION:2.0");
    line(ics, "PRODID:-//Plenary//Registrations//EN");
    line(ics, "METHOD:PUBLISH");
    events(ics, registration.getMeeting(), registration.getDays(), now);
    for (Meeting side : registration.getSideMeetings()) {
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
      line(ics, "DTSTART;VALUE=DATE:" + DATE.format(day));
      line(ics, "DTEND;VALUE=DATE:" + DATE.format(day.plusDays(1)));
      line(ics, "SUMMARY:" + text(meeting.getTitle()));
      line(
          ics,
          "LOCATION:" + text(meeting.getVenue().getName() + ", " + meeting.getVenue().getCity()));
      line(ics, "END:VEVENT");
    }
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
