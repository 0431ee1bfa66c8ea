package org.plenary.consultation.coordination.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {
  /** Estonia's public holidays as V11_0__coordination.sql seeds them. */
  static final WorkingDayCalendar ESTONIA =
      new WorkingDayCalendar(
          "EE",
          Set.of(
              LocalDate.of(2026, 1, 1),
              LocalDate.of(2026, 2, 24),
              LocalDate.of(2026, 4, 3),
              LocalDate.of(2026, 4, 5),
              LocalDate.of(2026, 5, 1),
              LocalDate.of(2026, 5, 24),
              LocalDate.of(2026, 6, 23),
              LocalDate.of(2026, 6, 24),
              LocalDate.of(2026, 8, 20),
              LocalDate.of(2026, 12, 24),
              LocalDate.of(2026, 12, 25),
              LocalDate.of(2026, 12, 26),
              LocalDate.of(2027, 1, 1),
              LocalDate.of(2027, 2, 24),
              LocalDate.of(2027, 3, 26),
              LocalDate.of(2027, 3, 28),
              LocalDate.of(2027, 5, 1),
              LocalDate.of(2027, 5, 16),
              LocalDate.of(2027, 6, 23),
              LocalDate.of(2027, 6, 24),
              LocalDate.of(2027, 8, 20),
              LocalDate.of(2027, 12, 24),
              LocalDate.of(2027, 12, 25),
              LocalDate.of(2027, 12, 26)));

  static final WorkingDayCalendar BELGIUM_EASTER =
      new WorkingDayCalendar("BE", Set.of(LocalDate.of(2026, 4, 6)));

  static final WorkingDayCalendar WEEKENDS_ONLY = new WorkingDayCalendar("XX", Set.of());

  @Test
  void countsFifteenWorkingDaysPastEstoniasIndependenceDay() {
    assertThat(ESTONIA.addWorkingDays(LocalDate.of(2026, 2, 16), 15))
        .isEqualTo(LocalDate.of(2026, 3, 10));
    assertThat(WEEKENDS_ONLY.addWorkingDays(LocalDate.of(2026, 2, 16), 15))
        .isEqualTo(LocalDate.of(2026, 3, 9));
  }

  @Test
  void skipsTheWeekendAndNeverCountsTheOpeningDay() {
    assertThat(ESTONIA.addWorkingDays(LocalDate.of(2026, 3, 6), 1))
        .isEqualTo(LocalDate.of(2026, 3, 9));
    assertThat(ESTONIA.addWorkingDays(LocalDate.of(2026, 3, 7), 1))
        .isEqualTo(LocalDate.of(2026, 3, 9));
    assertThat(ESTONIA.addWorkingDays(LocalDate.of(2026, 3, 9), 0))
        .isEqualTo(LocalDate.of(2026, 3, 9));
    assertThat(ESTONIA.addWorkingDays(LocalDate.of(2026, 3, 9), 5))
        .isEqualTo(LocalDate.of(2026, 3, 16));
  }

  @Test
  void followsEachJurisdictionsEaster() {
    // Estonia: Good Friday off, Easter Monday a working day; Belgium: the other way round.
    assertThat(ESTONIA.addWorkingDays(LocalDate.of(2026, 4, 2), 1))
        .isEqualTo(LocalDate.of(2026, 4, 6));
    assertThat(BELGIUM_EASTER.addWorkingDays(LocalDate.of(2026, 4, 2), 1))
        .isEqualTo(LocalDate.of(2026, 4, 3));
    assertThat(BELGIUM_EASTER.addWorkingDays(LocalDate.of(2026, 4, 3), 1))
        .isEqualTo(LocalDate.of(2026, 4, 7));
    assertThat(ESTONIA.isWorkingDay(LocalDate.of(2027, 3, 26))).isFalse();
  }

  @Test
  void crossesTheYearEndPastChristmasAndNewYear() {
    assertThat(ESTONIA.addWorkingDays(LocalDate.of(2026, 12, 22), 6))
        .isEqualTo(LocalDate.of(2027, 1, 4));
    assertThat(ESTONIA.addWorkingDays(LocalDate.of(2026, 12, 22), 15))
        .isEqualTo(LocalDate.of(2027, 1, 15));
    assertThat(ESTONIA.workingDaysBetween(LocalDate.of(2026, 12, 22), LocalDate.of(2027, 1, 4)))
        .isEqualTo(6);
  }

  @Test
  void aHolidayOnAWeekendCostsNoWorkingDay() {
    // 1 May 2027 is a Saturday: Friday + 1 is Monday, as without the holiday
    assertThat(ESTONIA.isWorkingDay(LocalDate.of(2027, 5, 1))).isFalse();
    assertThat(ESTONIA.addWorkingDays(LocalDate.of(2027, 4, 30), 1))
        .isEqualTo(LocalDate.of(2027, 5, 3));
    assertThat(ESTONIA.addWorkingDays(LocalDate.of(2027, 4, 26), 10))
        .isEqualTo(WEEKENDS_ONLY.addWorkingDays(LocalDate.of(2027, 4, 26), 10));
  }

  @Test
  void subtractsAsTheInverseOfAdding() {
    LocalDate deadline = ESTONIA.addWorkingDays(LocalDate.of(2026, 12, 22), 15);
    assertThat(ESTONIA.subtractWorkingDays(deadline, 15)).isEqualTo(LocalDate.of(2026, 12, 22));
    assertThat(ESTONIA.workingDaysBetween(deadline, LocalDate.of(2026, 12, 22))).isZero();
  }

  @Test
  void refusesANegativeNumberOfDays() {
    assertThatThrownBy(() -> ESTONIA.addWorkingDays(LocalDate.of(2026, 1, 5), -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ESTONIA.subtractWorkingDays(LocalDate.of(2026, 1, 5), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
