package org.plenary.core.drafts.domain;

import jakarta.ejb.ApplicationException;
import org.plenary.core.shared.Refusal;

/**
 * A comment, reply or change of a thread's state that the rules refuse; {@link #rule()} says why.
 */
@ApplicationException(rollback = true)
public class CommentRefused extends Refusal {
  private static final long serialVersionUID = 1L;

  /** Why a comment was refused; the interface words each one. */
  public enum Rule implements Refusal.Reason {
    TEXT_MISSING,
    TEXT_TOO_LONG,
    UNKNOWN_SECTION,
    PASSAGE_NOT_IN_SECTION,
    NOT_A_THREAD,
    MAY_NOT_RESOLVE
  }

  public CommentRefused(Rule rule, String message) {
    super(rule, null, message);
  }

  public Rule rule() {
    return (Rule) reason();
  }

  @Override
  public Kind kind() {
    return switch (rule()) {
      case MAY_NOT_RESOLVE -> Kind.NOT_ALLOWED;
      default -> Kind.INVALID;
    };
  }
}
