package org.plenary.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DateTimesTest {
  @Test
  void writesTheDaysOfAMeetingWithoutRepeatingTheMonth() {
    assertThat(
            DateTimes.range(LocalDate.of(2019, 9, 19), LocalDate.of(2019, 9, 20), Locale.ENGLISH))
        .isEqualTo("19–20 September 2019");
    assertThat(DateTimes.range(LocalDate.of(2019, 9, 19), LocalDate.of(2019, 9, 20), Locale.FRENCH))
        .isEqualTo("19–20 septembre 2019");
  }

  @Test
  void writesOneDayOnce() {
    assertThat(
            DateTimes.range(LocalDate.of(2019, 9, 19), LocalDate.of(2019, 9, 19), Locale.ENGLISH))
        .isEqualTo("19 September 2019");
  }

  @Test
  void writesBothMonthsOrBothYearsWhenTheyDiffer() {
    assertThat(
            DateTimes.range(LocalDate.of(2019, 9, 30), LocalDate.of(2019, 10, 1), Locale.ENGLISH))
        .isEqualTo("30 September – 1 October 2019");
    assertThat(DateTimes.range(LocalDate.of(2019, 12, 31), LocalDate.of(2020, 1, 2), Locale.FRENCH))
        .isEqualTo("31 décembre 2019 – 2 janvier 2020");
  }
}
