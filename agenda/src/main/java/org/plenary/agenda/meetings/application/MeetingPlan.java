package org.plenary.agenda.meetings.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.plenary.agenda.meetings.domain.AgendaRole;
import org.plenary.agenda.meetings.domain.Meeting;
import org.plenary.agenda.meetings.domain.Venue;

/**
 * Everything needed to plan a meeting at once: its identity and texts, venue and dates, its own
 * roles (such as a side meeting's chair) and its days with their items. A side meeting names the
 * slug of its main meeting, which must be planned first.
 */
public record MeetingPlan(
    @NotBlank @Size(max = Meeting.MAX_SLUG) @Pattern(regexp = Meeting.SLUG_PATTERN) String slug,
    @NotBlank @Size(max = Meeting.MAX_TITLE) String title,
    @Size(max = Meeting.MAX_THEME) String theme,
    @Size(max = Meeting.MAX_BODY) String body,
    @Size(max = Meeting.MAX_DESCRIPTION) String description,
    @NotNull Venue venue,
    @NotBlank String timeZone,
    @NotNull LocalDate startDate,
    @NotNull LocalDate endDate,
    @Pattern(regexp = Meeting.SLUG_PATTERN) String mainMeetingSlug,
    @NotNull List<@NotNull AgendaRole> roles,
    @NotNull List<@NotNull @Valid DayPlan> days) {

  public MeetingPlan {
    roles = roles == null ? List.of() : List.copyOf(roles);
    days = days == null ? List.of() : List.copyOf(days);
  }

  public static MeetingPlan of(
      String slug,
      String title,
      LocalDate startDate,
      LocalDate endDate,
      String timeZone,
      Venue venue) {
    return new MeetingPlan(
        slug, title, null, null, null, venue, timeZone, startDate, endDate, null, null, null);
  }

  public MeetingPlan withTheme(String theme) {
    return new MeetingPlan(
        slug,
        title,
        theme,
        body,
        description,
        venue,
        timeZone,
        startDate,
        endDate,
        mainMeetingSlug,
        roles,
        days);
  }

  public MeetingPlan withBody(String body) {
    return new MeetingPlan(
        slug,
        title,
        theme,
        body,
        description,
        venue,
        timeZone,
        startDate,
        endDate,
        mainMeetingSlug,
        roles,
        days);
  }

  /** The introduction, given as paragraphs that are joined by a blank line. */
  public MeetingPlan withDescription(String... paragraphs) {
    return new MeetingPlan(
        slug,
        title,
        theme,
        body,
        String.join("\n\n", paragraphs),
        venue,
        timeZone,
        startDate,
        endDate,
        mainMeetingSlug,
        roles,
        days);
  }

  /** Makes the planned meeting a side meeting of the meeting with the given slug. */
  public MeetingPlan sideMeetingOf(String mainMeetingSlug) {
    return new MeetingPlan(
        slug,
        title,
        theme,
        body,
        description,
        venue,
        timeZone,
        startDate,
        endDate,
        mainMeetingSlug,
        roles,
        days);
  }

  public MeetingPlan withRoles(AgendaRole... roles) {
    return new MeetingPlan(
        slug,
        title,
        theme,
        body,
        description,
        venue,
        timeZone,
        startDate,
        endDate,
        mainMeetingSlug,
        List.of(roles),
        days);
  }

  public MeetingPlan withDays(DayPlan... days) {
    return new MeetingPlan(
        slug,
        title,
        theme,
        body,
        description,
        venue,
        timeZone,
        startDate,
        endDate,
        mainMeetingSlug,
        roles,
        List.of(days));
  }

  /**
   * The meeting this plan describes, with its days and items, checked against every rule of the
   * aggregate; {@code mainMeeting} is the meeting named by {@link #mainMeetingSlug}, or null.
   */
  public Meeting draft(Meeting mainMeeting) {
    Meeting meeting =
        new Meeting(slug, title, startDate, endDate, Meeting.timeZone(timeZone), venue);
    meeting.describe(theme, body, description);
    if (mainMeeting != null) {
      meeting.attachTo(mainMeeting);
    }
    roles.forEach(meeting::appoint);
    days.forEach(day -> day.addTo(meeting));
    return meeting;
  }
}
