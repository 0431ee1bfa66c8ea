package org.plenary.agenda.meetings.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.agenda.meetings.domain.AgendaRuleViolation.Rule;

/** Local times that the meeting's time zone skips (spring forward) cannot be on an agenda. */
class DaylightSavingTest {
  /** Brussels moved its clocks from 02:00 to 03:00 on 29 March 2026. */
  private static final LocalDate SPRING_FORWARD = LocalDate.of(2026, 3, 29);

  /** ...and back from 03:00 to 02:00 on 25 October 2026. */
  private static final LocalDate FALL_BACK = LocalDate.of(2026, 10, 25);

  private static Meeting meetingOn(LocalDate date, String zone) {
    Meeting meeting =
        new Meeting(
            "night-session",
            "Night session",
            date,
            date,
            ZoneId.of(zone),
            new Venue("BOSA", List.of(), "Brussels"));
    meeting.addDay(date, "The day", Audience.everyone());
    return meeting;
  }

  private static AgendaItem item(String from, String to) {
    return new AgendaItem(
        ItemKind.OTHER, null, "Vigil", LocalTime.parse(from), LocalTime.parse(to), null);
  }

  @Test
  void refusesAStartThatTheClocksSkip() {
    Meeting meeting = meetingOn(SPRING_FORWARD, "Europe/Brussels");

    AgendaRuleViolation violation =
        catchThrowableOfType(
            AgendaRuleViolation.class,
            () -> meeting.getDays().get(0).schedule(item("02:30", "04:00")));

    assertThat(violation.rule()).isEqualTo(Rule.TIME_DOES_NOT_EXIST);
    assertThat(violation.field()).isEqualTo("start");
    assertThat(violation.arguments())
        .containsEntry("time", "2026-03-29T02:30")
        .containsEntry("timeZone", "Europe/Brussels");
  }

  @Test
  void refusesAnEndThatTheClocksSkip() {
    Meeting meeting = meetingOn(SPRING_FORWARD, "Europe/Brussels");

    AgendaRuleViolation violation =
        catchThrowableOfType(
            AgendaRuleViolation.class,
            () -> meeting.getDays().get(0).schedule(item("01:00", "02:15")));

    assertThat(violation.field()).isEqualTo("end");
  }

  @Test
  void acceptsTheSameTimesOnOrdinaryDaysAndWhereTheZoneHasNoDaylightSaving() {
    meetingOn(SPRING_FORWARD.minusDays(1), "Europe/Brussels")
        .getDays()
        .get(0)
        .schedule(item("02:30", "04:00"));
    AgendaItem seoul =
        meetingOn(SPRING_FORWARD, "Asia/Seoul").getDays().get(0).schedule(item("02:30", "04:00"));

    assertThat(seoul.getStart()).isEqualTo(LocalTime.of(2, 30));
  }

  @Test
  void acceptsATimeThatHappensTwiceWhenTheClocksGoBack() {
    AgendaItem item =
        meetingOn(FALL_BACK, "Europe/Brussels").getDays().get(0).schedule(item("02:30", "04:00"));

    assertThat(item.getKey()).isNotNull();
  }

  @Test
  void refusesToMoveAMeetingToATimeZoneWhereItsTimesDoNotExist() {
    Meeting meeting = meetingOn(SPRING_FORWARD, "Asia/Seoul");
    meeting.getDays().get(0).schedule(item("02:30", "04:00"));

    AgendaRuleViolation violation =
        catchThrowableOfType(
            AgendaRuleViolation.class, () -> meeting.moveToTimeZone(ZoneId.of("Europe/Brussels")));

    assertThat(violation.rule()).isEqualTo(Rule.TIME_DOES_NOT_EXIST);
    assertThat(meeting.getTimeZone()).isEqualTo(ZoneId.of("Asia/Seoul"));
  }
}
