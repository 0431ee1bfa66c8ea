package org.plenary.agenda.outcomes.domain;

import jakarta.ejb.ApplicationException;
import org.plenary.core.shared.Refusal;

/**
 * A decision or action item, or a progress update, that the rules refuse; the field names what to
 * correct when there is one.
 */
@ApplicationException(rollback = true)
public class ActionRefused extends Refusal {
  private static final long serialVersionUID = 1L;

  /** Which rule refused it. */
  public enum Rule implements Refusal.Reason {
    /** The caller neither is the owner (or in it) nor the secretariat. */
    NOT_THE_OWNER,
    TITLE_MISSING,
    TEXT_TOO_LONG,
    DUE_DATE_MISSING,
    OWNER_MISSING,
    UNKNOWN_OWNER,
    STATUS_MISSING
  }

  public ActionRefused(Rule rule, String field, String message) {
    super(rule, field, message);
  }

  public Rule rule() {
    return (Rule) reason();
  }

  @Override
  public Kind kind() {
    return switch (rule()) {
      case NOT_THE_OWNER -> Kind.NOT_ALLOWED;
      default -> Kind.INVALID;
    };
  }
}
