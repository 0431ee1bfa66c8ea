package org.plenary.agenda.registrations.application;

import java.text.MessageFormat;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.plenary.agenda.meetings.domain.Meeting;
import org.plenary.agenda.registrations.domain.Registration;
import org.plenary.core.mail.Mail;

/**
 * The e-mails a participant gets about their registration, in the language they registered in
 * ({@code en} or {@code fr}), worded from the bundle {@code RegistrationMails[_fr].properties} next
 * to this class.
 */
final class RegistrationMails {
  private static final String BUNDLE = RegistrationMails.class.getName();

  private RegistrationMails() {}

  /** The confirmation, with the registered days as a calendar file; empty without an address. */
  static Optional<Mail> confirmation(
      Registration registration, Meeting published, Integer position, Instant now) {
    return withCalendar(
        registration, published, position, now, "confirmation.subject", "confirmation.registered");
  }

  /** The registration as it stands after the participant changed it, with its calendar file. */
  static Optional<Mail> change(
      Registration registration, Meeting published, Integer position, Instant now) {
    return withCalendar(registration, published, position, now, "change.subject", "change.changed");
  }

  /**
   * @param published the meeting's published agenda, for the calendar's hours (null: the meeting as
   *     it stands)
   */
  private static Optional<Mail> withCalendar(
      Registration registration,
      Meeting published,
      Integer position,
      Instant now,
      String subject,
      String sentence) {
    Meeting meeting = registration.getMeeting();
    Texts texts = Texts.of(registration.getLanguage());
    return address(registration)
        .map(
            to ->
                new Mail(
                    to,
                    texts.text(subject, meeting.getTitle()),
                    text(registration, position, sentence),
                    List.of(MeetingCalendar.attachment(registration, published, now))));
  }

  static String confirmationText(Registration registration, Integer position) {
    return text(registration, position, "confirmation.registered");
  }

  /** The greeting, the sentence under the given key, then the choices as they stand. */
  private static String text(Registration registration, Integer position, String sentence) {
    Meeting meeting = registration.getMeeting();
    Texts texts = Texts.of(registration.getLanguage());
    StringBuilder text = new StringBuilder();
    text.append(texts.text("confirmation.greeting", registration.getPerson().getFullName()))
        .append("\n\n");
    text.append(texts.text(sentence, meeting.getTitle(), meeting.getVenue().getCity()))
        .append("\n\n");
    text.append(
            texts.text(
                "confirmation.days",
                String.join(", ", registration.getDays().stream().map(Object::toString).toList())))
        .append('\n');
    if (!registration.getSideMeetings().isEmpty()) {
      text.append(
              texts.text(
                  "confirmation.sideMeetings",
                  String.join(
                      ", ",
                      registration.getSideMeetings().stream().map(Meeting::getTitle).toList())))
          .append('\n');
    }
    text.append(
            texts.text(
                "confirmation.attendance",
                texts.text("attendance." + registration.getAttendance().name())))
        .append('\n');
    text.append(
            texts.text(
                "confirmation.socialEvent",
                texts.text(
                    "socialEvent." + registration.getSocialEvent().name(),
                    String.valueOf(position))))
        .append('\n');
    if (registration.getDietaryNeeds() != null) {
      text.append(texts.text("confirmation.dietaryNeeds", registration.getDietaryNeeds()))
          .append('\n');
    }
    if (registration.getAccessibilityNeeds() != null) {
      text.append(
              texts.text("confirmation.accessibilityNeeds", registration.getAccessibilityNeeds()))
          .append('\n');
    }
    text.append('\n').append(texts.text("confirmation.calendar")).append('\n');
    return text.toString();
  }

  /** Tells someone from the waiting list that a seat on the social event is theirs. */
  static Optional<Mail> promotion(Registration registration) {
    Meeting meeting = registration.getMeeting();
    Texts texts = Texts.of(registration.getLanguage());
    return address(registration)
        .map(
            to ->
                new Mail(
                    to,
                    texts.text("promotion.subject", meeting.getTitle()),
                    texts.text(
                        "promotion.text",
                        registration.getPerson().getFullName(),
                        meeting.getTitle())));
  }

  private static Optional<String> address(Registration registration) {
    return Optional.ofNullable(registration.getPerson().getEmail()).filter(e -> !e.isBlank());
  }

  /** The mails' texts in one language; English for any language but French. */
  private record Texts(ResourceBundle bundle, Locale locale) {
    static Texts of(String language) {
      Locale locale = "fr".equals(language) ? Locale.FRENCH : Locale.ROOT;
      return new Texts(
          ResourceBundle.getBundle(
              BUNDLE,
              locale,
              RegistrationMails.class.getClassLoader(),
              ResourceBundle.Control.getNoFallbackControl(
                  ResourceBundle.Control.FORMAT_PROPERTIES)),
          locale);
    }

    String text(String key, Object... arguments) {
      return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
  }
}
