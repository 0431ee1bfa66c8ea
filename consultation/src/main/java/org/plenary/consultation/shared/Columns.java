package org.plenary.consultation.shared;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Values of native-query and aggregate rows, whatever type the driver chose: PostgreSQL and H2 give
 * a {@code timestamp with time zone} as OffsetDateTime, Timestamp or Instant, a date as LocalDate
 * or java.sql.Date.
 */
public final class Columns {
  private Columns() {}

  /** The time in UTC, or null. */
  public static OffsetDateTime time(Object value) {
    if (value instanceof OffsetDateTime time) {
      return time;
    }
    if (value instanceof Timestamp time) {
      return time.toInstant().atOffset(ZoneOffset.UTC);
    }
    if (value instanceof Instant time) {
      return time.atOffset(ZoneOffset.UTC);
    }
    return null;
  }

  /** The date, or null. */
  public static LocalDate date(Object value) {
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value instanceof java.sql.Date date) {
      return date.toLocalDate();
    }
    return null;
  }
}
