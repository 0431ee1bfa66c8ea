package org.plenary.agenda.registrations.application;

import java.util.Objects;

/**
 * A mail a participant must get about the secretariat's decision on their registration, fired as a
 * CDI event inside the deciding transaction; the interface words it in the participant's language
 * ({@code en}, {@code fr}). {@code reason} is the reason of a refusal.
 */
public record RegistrationDecided(
    Kind kind, String to, String fullName, String language, String meetingTitle, String reason) {

  /** Which decision. */
  public enum Kind {
    APPROVED,
    DECLINED,
    CANCELLED
  }

  public RegistrationDecided {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(fullName, "fullName");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(meetingTitle, "meetingTitle");
  }
}
