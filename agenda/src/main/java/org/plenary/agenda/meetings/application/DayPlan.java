package org.plenary.agenda.meetings.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.plenary.agenda.meetings.domain.Audience;
import org.plenary.agenda.meetings.domain.Meeting;
import org.plenary.agenda.meetings.domain.MeetingDay;

/** One planned day: its date and label, who may attend, an optional note, and its items. */
public record DayPlan(
    @NotNull LocalDate date,
    @NotBlank @Size(max = MeetingDay.MAX_LABEL) String label,
    @NotNull Audience audience,
    @Size(max = MeetingDay.MAX_NOTE) String note,
    @NotNull List<@NotNull @Valid ItemPlan> items) {

  public DayPlan {
    items = items == null ? List.of() : List.copyOf(items);
  }

  public static DayPlan of(LocalDate date, String label, Audience audience) {
    return new DayPlan(date, label, audience, null, null);
  }

  public DayPlan withNote(String note) {
    return new DayPlan(date, label, audience, note, items);
  }

  public DayPlan withItems(ItemPlan... items) {
    return new DayPlan(date, label, audience, note, List.of(items));
  }

  void addTo(Meeting meeting) {
    MeetingDay day = meeting.addDay(date, label, audience);
    day.annotate(note);
    items.forEach(item -> day.schedule(item.toItem()));
  }
}
