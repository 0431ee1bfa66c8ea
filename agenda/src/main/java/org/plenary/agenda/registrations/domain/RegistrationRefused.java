package org.plenary.agenda.registrations.domain;

import jakarta.ejb.ApplicationException;
import org.plenary.core.shared.Refusal;

/** A registration, or a change to one, was refused; the message says why in plain words. */
@ApplicationException(rollback = true)
public class RegistrationRefused extends Refusal {
  private static final long serialVersionUID = 1L;

  /** Which rule refused it. */
  public enum Rule implements Refusal.Reason {
    ALREADY_REGISTERED,
    NO_DAYS_CHOSEN,
    NOT_A_DAY_OF_THE_MEETING,
    AUDIENCE_NOT_ADMITTED,
    NOT_A_SIDE_MEETING,
    SOCIAL_EVENT_NOT_OPEN,
    SOCIAL_EVENT_ONLY_IN_PERSON,
    ATTENDANCE_MISSING,
    TEXT_TOO_LONG,
    CAPACITY_NEGATIVE,
    REASON_MISSING,
    ALREADY_DECIDED,
    NOT_REGISTERED,
    REGISTRATION_CLOSED,
    DEADLINE_AFTER_MEETING
  }

  public RegistrationRefused(Rule rule, String message) {
    super(rule, null, message);
  }

  public Rule rule() {
    return (Rule) reason();
  }

  @Override
  public Kind kind() {
    return switch (rule()) {
      case NOT_REGISTERED -> Kind.NOT_ALLOWED;
      case ALREADY_REGISTERED, REGISTRATION_CLOSED -> Kind.CONFLICT;
      default -> Kind.INVALID;
    };
  }
}
