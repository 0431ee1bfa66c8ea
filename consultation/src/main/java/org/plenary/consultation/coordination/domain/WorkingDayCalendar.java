package org.plenary.consultation.coordination.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * Working days of one jurisdiction: every day but Saturdays, Sundays and its public holidays. A
 * holiday that falls on a weekend changes nothing (no jurisdiction seeded here moves it to a
 * weekday).
 */
public final class WorkingDayCalendar {
  /** The usual time a ministry has to answer in Estonia's coordination of draft acts. */
  public static final int DEFAULT_WORKING_DAYS = 15;

  private final String jurisdiction;
  private final Set<LocalDate> holidays;

  public WorkingDayCalendar(String jurisdiction, Set<LocalDate> holidays) {
    this.jurisdiction = Objects.requireNonNull(jurisdiction, "jurisdiction");
    this.holidays = Set.copyOf(holidays);
  }

  public String jurisdiction() {
    return jurisdiction;
  }

  public boolean isWorkingDay(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.contains(date);
  }

  /**
   * The deadline of something opened on {@code start}: the {@code workingDays}-th working day after
   * it (the opening day itself never counts, even when it is a working day).
   */
  public LocalDate addWorkingDays(LocalDate start, int workingDays) {
    if (workingDays < 0) {
      throw new IllegalArgumentException("working days cannot be negative: " + workingDays);
    }
    LocalDate date = start;
    int left = workingDays;
    while (left > 0) {
      date = date.plusDays(1);
      if (isWorkingDay(date)) {
        left--;
      }
    }
    return date;
  }

  /**
   * The day that lies {@code workingDays} working days before {@code end}: the inverse of {@link
   * #addWorkingDays} for a working day {@code end}.
   */
  public LocalDate subtractWorkingDays(LocalDate end, int workingDays) {
    if (workingDays < 0) {
      throw new IllegalArgumentException("working days cannot be negative: " + workingDays);
    }
    LocalDate date = end;
    int left = workingDays;
    while (left > 0) {
      date = date.minusDays(1);
      if (isWorkingDay(date)) {
        left--;
      }
    }
    return date;
  }

  /**
   * Working days after {@code from} up to and including {@code to}; 0 when {@code to} is not later.
   */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    int count = 0;
    for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
      if (isWorkingDay(date)) {
        count++;
      }
    }
    return count;
  }
}
