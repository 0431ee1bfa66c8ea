package org.plenary.web.rest.registrations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.plenary.agenda.registrations.application.RegistrationDetails;
import org.plenary.agenda.registrations.domain.Attendance;
import org.plenary.agenda.registrations.domain.SocialEventPlace;

/**
 * A registration as the API shows it. {@code status} is where it stands at the secretariat's desk:
 * {@code SUBMITTED} (not decided yet), {@code APPROVED} or {@code DECLINED}; a cancelled
 * registration is gone (404). The social event says whether a seat is confirmed or the person is
 * waiting, and at which position; {@code listed}, whether the person appears on the participant
 * list; {@code registrationClosesOn}, the last day to register or change a registration (null:
 * none), and {@code changeable}, whether it may be changed now.
 */
public record RegistrationJson(
    String meetingId,
    String meetingTitle,
    String participant,
    String status,
    List<LocalDate> days,
    List<String> sideMeetings,
    Attendance attendance,
    SocialEventJson socialEvent,
    String dietaryNeeds,
    String accessibilityNeeds,
    boolean listed,
    Instant registeredAt,
    LocalDate registrationClosesOn,
    boolean changeable) {

  /** The social event: NOT_REQUESTED, CONFIRMED, or WAITING with a position (1 is next). */
  public record SocialEventJson(SocialEventPlace status, Integer position) {}

  static RegistrationJson of(RegistrationDetails details) {
    return new RegistrationJson(
        details.meetingId(),
        details.meetingTitle(),
        details.participant(),
        details.status().name(),
        details.days(),
        details.sideMeetings(),
        details.attendance(),
        new SocialEventJson(details.socialEvent(), details.waitingPosition()),
        details.dietaryNeeds(),
        details.accessibilityNeeds(),
        details.listed(),
        details.registeredAt(),
        details.registrationClosesOn(),
        details.changeable());
  }
}
