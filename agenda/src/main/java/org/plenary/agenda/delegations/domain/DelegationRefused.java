package org.plenary.agenda.delegations.domain;

import jakarta.ejb.ApplicationException;
import org.plenary.core.shared.Refusal;

/** A change to a delegation was refused; the message says why in plain words. */
@ApplicationException(rollback = true)
public class DelegationRefused extends Refusal {
  private static final long serialVersionUID = 1L;

  /** Which rule refused it. */
  public enum Rule implements Refusal.Reason {
    HEAD_MISSING,
    NOT_OF_THE_ORGANISATION,
    PERSON_TWICE,
    NOT_A_MEMBER,
    NOT_AN_ALTERNATE,
    ALTERNATE_ALREADY_REGISTERED,
    NOT_HEAD_OF_DELEGATION,
    HEAD_MAY_NOT_HAND_OVER
  }

  public DelegationRefused(Rule rule, String message) {
    super(rule, null, message);
  }

  public Rule rule() {
    return (Rule) reason();
  }

  @Override
  public Kind kind() {
    return switch (rule()) {
      case NOT_HEAD_OF_DELEGATION -> Kind.NOT_ALLOWED;
      case ALTERNATE_ALREADY_REGISTERED -> Kind.CONFLICT;
      default -> Kind.INVALID;
    };
  }
}
