package org.plenary.core.groups.domain;

import jakarta.ejb.ApplicationException;
import org.plenary.core.shared.Refusal;

/** A change to a group or its members that is not allowed; {@link #rule()} says why. */
@ApplicationException(rollback = true)
public class GroupRefused extends Refusal {
  private static final long serialVersionUID = 1L;

  /** Why; the interface words each one. */
  public enum Rule implements Refusal.Reason {
    SLUG_TAKEN,
    NO_SUCH_ACCOUNT,
    ALREADY_MEMBER,
    NOT_A_MEMBER
  }

  public GroupRefused(Rule rule, String message) {
    super(rule, null, message);
  }

  public Rule rule() {
    return (Rule) reason();
  }

  @Override
  public Kind kind() {
    return switch (rule()) {
      case SLUG_TAKEN, ALREADY_MEMBER -> Kind.CONFLICT;
      default -> Kind.INVALID;
    };
  }
}
