package org.plenary.agenda.registrations.domain;

import jakarta.ejb.ApplicationException;
import java.util.Objects;

/** A registration, or a change to one, was refused; the message says why in plain words. */
@ApplicationException(rollback = true)
public class RegistrationRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Which rule refused it. */
  public enum Rule {
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
    NOT_REGISTERED
  }

  private final Rule rule;

  public RegistrationRefused(Rule rule, String message) {
    super(message);
    this.rule = Objects.requireNonNull(rule, "rule");
  }

  public Rule rule() {
    return rule;
  }
}
