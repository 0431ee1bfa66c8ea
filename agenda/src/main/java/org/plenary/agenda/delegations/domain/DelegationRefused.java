package org.plenary.agenda.delegations.domain;

import jakarta.ejb.ApplicationException;
import java.util.Objects;

/** A change to a delegation was refused; the message says why in plain words. */
@ApplicationException(rollback = true)
public class DelegationRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Which rule refused it. */
  public enum Rule {
    HEAD_MISSING,
    NOT_OF_THE_ORGANISATION,
    PERSON_TWICE,
    NOT_A_MEMBER,
    NOT_AN_ALTERNATE,
    ALTERNATE_ALREADY_REGISTERED,
    NOT_HEAD_OF_DELEGATION,
    HEAD_MAY_NOT_HAND_OVER
  }

  private final Rule rule;

  public DelegationRefused(Rule rule, String message) {
    super(message);
    this.rule = Objects.requireNonNull(rule, "rule");
  }

  public Rule rule() {
    return rule;
  }
}
