package org.plenary.agenda.registrations.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.agenda.meetings.domain.Meeting;
import org.plenary.agenda.meetings.domain.Venue;
import org.plenary.agenda.registrations.domain.RegistrationRefused.Rule;

class RegistrationDeadlineTest {
  private static final LocalDate CLOSES_ON = LocalDate.of(2019, 9, 13);

  private final Meeting meeting =
      new Meeting(
          "e-leaders-test",
          "E-Leaders test",
          LocalDate.of(2019, 9, 19),
          LocalDate.of(2019, 9, 20),
          ZoneId.of("Europe/Brussels"),
          new Venue("OECD", List.of(), "Brussels"));

  @Test
  void staysOpenUntilTheLastDayEndsInTheMeetingsTimeZone() {
    // 23:30 in Brussels on the last day, 21:30 in UTC
    assertThat(
            RegistrationDeadline.isOpen(meeting, CLOSES_ON, Instant.parse("2019-09-13T21:30:00Z")))
        .isTrue();
    // 00:30 in Brussels the next day, still the 13th in UTC
    assertThat(
            RegistrationDeadline.isOpen(meeting, CLOSES_ON, Instant.parse("2019-09-13T22:30:00Z")))
        .isFalse();
    assertThat(RegistrationDeadline.isOpen(meeting, null, Instant.parse("2030-01-01T00:00:00Z")))
        .as("no deadline: open")
        .isTrue();
  }

  @Test
  void refusesRegisteringOnceClosedSayingWhen() {
    assertThatThrownBy(
            () ->
                RegistrationDeadline.checkOpen(
                    meeting, CLOSES_ON, Instant.parse("2019-09-14T08:00:00Z")))
        .isInstanceOfSatisfying(
            RegistrationRefused.class,
            refused -> {
              assertThat(refused.rule()).isEqualTo(Rule.REGISTRATION_CLOSED);
              assertThat(refused.getMessage()).contains("closed on 2019-09-13");
            });
  }

  @Test
  void closesNoLaterThanTheMeetingsLastDay() {
    assertThat(RegistrationDeadline.checked(meeting, LocalDate.of(2019, 9, 20)))
        .isEqualTo(LocalDate.of(2019, 9, 20));
    assertThatThrownBy(() -> RegistrationDeadline.checked(meeting, LocalDate.of(2019, 9, 21)))
        .isInstanceOfSatisfying(
            RegistrationRefused.class,
            refused -> assertThat(refused.rule()).isEqualTo(Rule.DEADLINE_AFTER_MEETING));
  }
}
