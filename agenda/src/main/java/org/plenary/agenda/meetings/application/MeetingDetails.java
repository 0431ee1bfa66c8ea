package org.plenary.agenda.meetings.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.plenary.agenda.meetings.domain.Meeting;
import org.plenary.agenda.meetings.domain.Venue;

/**
 * The details of a meeting the secretariat edits at once: texts, venue, time zone, dates and the
 * slug of the working group that holds it (null for none).
 */
public record MeetingDetails(
    @NotBlank @Size(max = Meeting.MAX_TITLE) String title,
    @Size(max = Meeting.MAX_THEME) String theme,
    @Size(max = Meeting.MAX_BODY) String body,
    @Size(max = Meeting.MAX_DESCRIPTION) String description,
    @NotNull Venue venue,
    @NotBlank String timeZone,
    @NotNull LocalDate startDate,
    @NotNull LocalDate endDate,
    @Size(max = 80) String group) {

  /** The details without a hosting working group. */
  public MeetingDetails(
      String title,
      String theme,
      String body,
      String description,
      Venue venue,
      String timeZone,
      LocalDate startDate,
      LocalDate endDate) {
    this(title, theme, body, description, venue, timeZone, startDate, endDate, null);
  }
}
