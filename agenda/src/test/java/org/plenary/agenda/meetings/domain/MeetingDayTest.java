package org.plenary.agenda.meetings.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.agenda.meetings.domain.AgendaRuleViolation.Rule;

class MeetingDayTest {
  private MeetingDay day;

  @BeforeEach
  void planADay() {
    LocalDate date = LocalDate.of(2019, 9, 20);
    Meeting meeting =
        new Meeting(
            "e-leaders-2019",
            "E-Leaders 2019",
            date,
            date,
            ZoneId.of("Europe/Brussels"),
            new Venue("BOSA", List.of(), "Brussels"));
    day = meeting.addDay(date, "Day 2", Audience.everyone());
  }

  private static AgendaItem item(String title, String from, String to, String room) {
    return new AgendaItem(
        ItemKind.OTHER, null, title, LocalTime.parse(from), LocalTime.parse(to), room);
  }

  @Test
  void keepsItemsInTimeOrderWhateverTheOrderTheyArePlannedIn() {
    day.schedule(item("Buffet Lunch", "12:30", "13:30", null));
    day.schedule(item("Opening Remarks", "09:00", "09:30", null));
    day.schedule(item("Session 4", "09:30", "11:00", null));

    assertThat(day.getItems())
        .extracting(AgendaItem::getTitle)
        .containsExactly("Opening Remarks", "Session 4", "Buffet Lunch");
  }

  @Test
  void letsAnItemStartWhenThePreviousOneEnds() {
    day.schedule(item("Session 4", "09:30", "11:00", null));
    day.schedule(item("Session 5", "11:00", "12:30", null));

    assertThat(day.getItems()).hasSize(2);
  }

  @Test
  void runsItemsInParallelInDifferentRooms() {
    day.schedule(item("Group B", "13:45", "15:15", "Room B"));
    day.schedule(item("Group A", "13:45", "15:15", "Room A"));

    assertThat(day.getItems()).extracting(AgendaItem::getRoom).containsExactly("Room A", "Room B");
  }

  @Test
  void refusesOverlappingItemsInTheSameRoom() {
    day.schedule(item("Group A", "13:45", "15:15", "Room A"));

    assertThatThrownBy(() -> day.schedule(item("Group B", "14:00", "15:00", "room a")))
        .isInstanceOf(AgendaRuleViolation.class)
        .satisfies(e -> assertThat(((AgendaRuleViolation) e).rule()).isEqualTo(Rule.ITEMS_CLASH));
  }

  @Test
  void refusesOverlappingItemsWithoutRooms() {
    day.schedule(item("Session 4", "09:30", "11:00", null));

    assertThatThrownBy(() -> day.schedule(item("Session 5", "10:30", "12:30", null)))
        .satisfies(e -> assertThat(((AgendaRuleViolation) e).rule()).isEqualTo(Rule.ITEMS_CLASH));
    assertThat(day.getItems()).hasSize(1);
  }
}
