package org.plenary.agenda.registrations.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.plenary.agenda.meetings.domain.Meeting;
import org.plenary.agenda.registrations.domain.Attendance;
import org.plenary.agenda.registrations.domain.Registration;
import org.plenary.core.mail.Mail;

/** The e-mails a participant gets about their registration. */
final class RegistrationMails {
  private RegistrationMails() {}

  /** The confirmation, with the registered days as a calendar file; empty without an address. */
  static Optional<Mail> confirmation(Registration registration, Integer position, Instant now) {
    Meeting meeting = registration.getMeeting();
    return address(registration)
        .map(
            to ->
                new Mail(
                    to,
                    "Registration confirmed: " + meeting.getTitle(),
                    confirmationText(registration, position),
                    List.of(MeetingCalendar.attachment(meeting, registration.getDays(), now))));
  }

  static String confirmationText(Registration registration, Integer position) {
    Meeting meeting = registration.getMeeting();
    StringBuilder text = new StringBuilder();
    text.append("Dear ").append(registration.getPerson().getFullName()).append(",\n\n");
    text.append("you are registered for ")
        .append(meeting.getTitle())
        .append(" in ")
        .append(meeting.getVenue().getCity())
        .append(".\n\n");
    text.append("Days: ")
        .append(String.join(", ", registration.getDays().stream().map(Object::toString).toList()))
        .append('\n');
    if (!registration.getSideMeetings().isEmpty()) {
      text.append("Side meetings: ")
          .append(
              String.join(
                  ", ", registration.getSideMeetings().stream().map(Meeting::getTitle).toList()))
          .append('\n');
    }
    text.append("Attendance: ")
        .append(registration.getAttendance() == Attendance.REMOTE ? "remote" : "in person")
        .append('\n');
    text.append("Social event: ").append(socialEvent(registration, position)).append('\n');
    if (registration.getDietaryNeeds() != null) {
      text.append("Dietary needs: ").append(registration.getDietaryNeeds()).append('\n');
    }
    if (registration.getAccessibilityNeeds() != null) {
      text.append("Accessibility needs: ")
          .append(registration.getAccessibilityNeeds())
          .append('\n');
    }
    text.append("\nThe attached calendar file adds your days to your calendar.\n");
    return text.toString();
  }

  private static String socialEvent(Registration registration, Integer position) {
    return switch (registration.getSocialEvent()) {
      case NOT_REQUESTED -> "not requested";
      case CONFIRMED -> "your seat is confirmed";
      case WAITING ->
          "all seats are taken; you are number "
              + position
              + " on the waiting list, and we will write to you if a seat becomes free";
    };
  }

  /** Tells someone from the waiting list that a seat on the social event is theirs. */
  static Optional<Mail> promotion(Registration registration) {
    Meeting meeting = registration.getMeeting();
    return address(registration)
        .map(
            to ->
                new Mail(
                    to,
                    "A seat for you at the social event: " + meeting.getTitle(),
                    "Dear "
                        + registration.getPerson().getFullName()
                        + ",\n\na seat has become free at the social event of "
                        + meeting.getTitle()
                        + ", and it is yours: you are no longer on the waiting list.\n"));
  }

  private static Optional<String> address(Registration registration) {
    return Optional.ofNullable(registration.getPerson().getEmail()).filter(e -> !e.isBlank());
  }
}
