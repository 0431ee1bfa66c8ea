package org.plenary.core.groups.domain;

import jakarta.ejb.ApplicationException;

/** A change to a group or its members that is not allowed; {@link #rule()} says why. */
@ApplicationException(rollback = true)
public class GroupRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why; the interface words each one. */
  public enum Rule {
    SLUG_TAKEN,
    NO_SUCH_ACCOUNT,
    ALREADY_MEMBER,
    NOT_A_MEMBER
  }

  private final Rule rule;

  public GroupRefused(Rule rule, String message) {
    super(message);
    this.rule = rule;
  }

  public Rule rule() {
    return rule;
  }
}
