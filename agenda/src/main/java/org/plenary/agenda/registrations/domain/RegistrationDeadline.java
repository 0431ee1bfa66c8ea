package org.plenary.agenda.registrations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.plenary.agenda.meetings.domain.Meeting;
import org.plenary.agenda.registrations.domain.RegistrationRefused.Rule;

/**
 * The last day on which people may register for a meeting or change their registration, in the
 * meeting's time zone. It lives beside the meeting rather than in it, so that setting it does not
 * count as an edit of the agenda (whose version guards the planners' concurrent edits).
 */
@Entity
@Table(name = "registration_deadline")
public class RegistrationDeadline {
  @Id
  @Column(name = "meeting_id")
  private Long meetingId;

  @Column(name = "closes_on", nullable = false)
  private LocalDate closesOn;

  protected RegistrationDeadline() {}

  public RegistrationDeadline(Meeting meeting, LocalDate closesOn) {
    this.meetingId = Objects.requireNonNull(meeting.getId(), "a stored meeting");
    this.closesOn = checked(meeting, closesOn);
  }

  /** The day if registering may stop on it: no later than the meeting's last day. */
  public static LocalDate checked(Meeting meeting, LocalDate closesOn) {
    Objects.requireNonNull(closesOn, "closesOn");
    if (closesOn.isAfter(meeting.getEndDate())) {
      throw new RegistrationRefused(
          Rule.DEADLINE_AFTER_MEETING,
          "registration cannot close on "
              + closesOn
              + ", after the last day of "
              + meeting.getTitle()
              + " ("
              + meeting.getEndDate()
              + ")");
    }
    return closesOn;
  }

  /** Whether people may still register or change a registration at the given moment. */
  public static boolean isOpen(Meeting meeting, LocalDate closesOn, Instant now) {
    return closesOn == null || !LocalDate.ofInstant(now, meeting.getTimeZone()).isAfter(closesOn);
  }

  /** Refuses registering and changing once the deadline has passed. */
  public static void checkOpen(Meeting meeting, LocalDate closesOn, Instant now) {
    if (!isOpen(meeting, closesOn, now)) {
      throw new RegistrationRefused(
          Rule.REGISTRATION_CLOSED,
          "registration for " + meeting.getTitle() + " closed on " + closesOn);
    }
  }

  public void moveTo(Meeting meeting, LocalDate closesOn) {
    this.closesOn = checked(meeting, closesOn);
  }

  public Long getMeetingId() {
    return meetingId;
  }

  public LocalDate getClosesOn() {
    return closesOn;
  }
}
