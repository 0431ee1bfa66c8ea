package org.plenary.agenda.feedback.domain;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.plenary.agenda.meetings.domain.AgendaItem;
import org.plenary.agenda.meetings.domain.Audience;
import org.plenary.agenda.meetings.domain.ItemKind;
import org.plenary.agenda.meetings.domain.Meeting;
import org.plenary.agenda.meetings.domain.Venue;
import org.plenary.core.people.domain.Person;

/** A small E-Leaders-like meeting on 20 September 2019 in Brussels, and a delegate. */
final class FeedbackTestData {
  static final LocalDate DAY = LocalDate.of(2019, 9, 20);

  private FeedbackTestData() {}

  static Meeting meeting() {
    Meeting meeting =
        new Meeting(
            "e-leaders-2019",
            "E-Leaders 2019",
            DAY,
            DAY,
            ZoneId.of("Europe/Brussels"),
            new Venue("BOSA", List.of("Boulevard Simon Bolivar 30"), "Brussels"));
    meeting.addDay(DAY, "Day 2", Audience.everyone(null));
    return meeting;
  }

  /** Session 5, 11:00–12:30 Brussels time (09:00–10:30 UTC), with two key questions. */
  static AgendaItem session5(Meeting meeting) {
    AgendaItem item =
        new AgendaItem(
            ItemKind.SESSION,
            5,
            "Delegates feedback session",
            LocalTime.of(11, 0),
            LocalTime.of(12, 30),
            null);
    item.ask("What should the Thematic Groups do next?");
    item.ask("Is the draft Handbook ready?");
    return meeting.place(item, DAY, null);
  }

  static AgendaItem lunch(Meeting meeting) {
    return meeting.place(
        new AgendaItem(
            ItemKind.MEAL, null, "Buffet lunch", LocalTime.of(12, 30), LocalTime.of(13, 30), null),
        DAY,
        null);
  }

  static Person delegate() {
    return new Person("Mari Tamm", null, "mari.tamm@example.org", null);
  }

  /** Gives a meeting the id the database would (the standard set is keyed by it). */
  static Meeting withId(Meeting meeting, long id) {
    try {
      Field field = Meeting.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(meeting, id);
      return meeting;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
