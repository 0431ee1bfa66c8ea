package org.plenary.agenda.registrations.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.plenary.agenda.registrations.domain.Attendance;
import org.plenary.agenda.registrations.domain.Registration;
import org.plenary.agenda.registrations.domain.RegistrationStatus;
import org.plenary.agenda.registrations.domain.SocialEventPlace;

/**
 * A registration as its owner sees it, read inside the transaction: the meeting, where it stands at
 * the secretariat's desk (submitted, approved, declined), the choices, and for a place on the
 * social event's waiting list, the position (1 is next); whether they appear on the participant
 * list; when registration for the meeting closes, and whether the registration may still be changed
 * (registration is open and the desk did not decline it).
 */
public record RegistrationDetails(
    String meetingId,
    String meetingTitle,
    String participant,
    RegistrationStatus status,
    List<LocalDate> days,
    List<String> sideMeetings,
    Attendance attendance,
    SocialEventPlace socialEvent,
    Integer waitingPosition,
    String dietaryNeeds,
    String accessibilityNeeds,
    boolean listed,
    Instant registeredAt,
    LocalDate registrationClosesOn,
    boolean changeable)
    implements Serializable {

  /**
   * The registration; {@code registrationOpen} whether people may still register or change a
   * registration for the meeting (its deadline, {@code closesOn}, has not passed).
   */
  static RegistrationDetails of(
      Registration registration,
      Integer waitingPosition,
      LocalDate closesOn,
      boolean registrationOpen) {
    return new RegistrationDetails(
        registration.getMeeting().getSlug(),
        registration.getMeeting().getTitle(),
        registration.getPerson().getFullName(),
        registration.getStatus(),
        registration.getDays().stream().sorted().toList(),
        registration.getSideMeetings().stream().map(m -> m.getSlug()).sorted().toList(),
        registration.getAttendance(),
        registration.getSocialEvent(),
        waitingPosition,
        registration.getDietaryNeeds(),
        registration.getAccessibilityNeeds(),
        registration.isListed(),
        registration.getRegisteredAt(),
        closesOn,
        registrationOpen && registration.getStatus() != RegistrationStatus.DECLINED);
  }
}
