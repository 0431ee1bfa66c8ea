package org.plenary.web.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and times as the pages write them, in the session's language: "19–20 September 2019",
 * "jeudi 19 septembre 2019", "13:45". British and French usage share one day-month-year order.
 */
@Named("dates")
@ApplicationScoped
public class DateTimes {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  @Inject Language language;

  /** A date with its weekday: "Thursday 19 September 2019". */
  public String day(LocalDate date) {
    return date == null
        ? ""
        : DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", language.getLocale()).format(date);
  }

  /** The days from start to end, without repeating what they share: "19–20 September 2019". */
  public String range(LocalDate start, LocalDate end) {
    return range(start, end, language.getLocale());
  }

  /** A time of day on the 24-hour clock. */
  public String time(LocalTime time) {
    return time == null ? "" : TIME.format(time);
  }

  /** A moment as the clock read in a time zone: "Thursday 19 September 2019, 18:00". */
  public String moment(OffsetDateTime at, String zone) {
    if (at == null) {
      return "";
    }
    ZonedDateTime local = at.atZoneSameInstant(zone == null ? ZoneOffset.UTC : ZoneId.of(zone));
    return day(local.toLocalDate()) + ", " + TIME.format(local);
  }

  /** A moment in UTC to the second, as the audit log shows it. */
  public String utc(Instant instant) {
    return instant == null ? "" : TIMESTAMP.format(instant);
  }

  /**
   * The full name of a time zone on a given day, summer time included: "Central European Summer
   * Time".
   */
  public String zoneName(ZoneId zone, LocalDate on) {
    return DateTimeFormatter.ofPattern("zzzz", language.getLocale())
        .format(on.atTime(LocalTime.NOON).atZone(zone));
  }

  /** A date with the month written out: "19 September 2019". */
  static String date(LocalDate date, Locale locale) {
    return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
  }

  static String range(LocalDate start, LocalDate end, Locale locale) {
    if (start == null) {
      return "";
    }
    if (end == null || end.equals(start)) {
      return date(start, locale);
    }
    String from;
    if (start.getYear() != end.getYear()) {
      from = date(start, locale) + " – ";
    } else if (start.getMonth() != end.getMonth()) {
      from = DateTimeFormatter.ofPattern("d MMMM", locale).format(start) + " – ";
    } else {
      from = start.getDayOfMonth() + "–";
    }
    return from + date(end, locale);
  }
}
