package org.plenary.core.drafts.domain;

import jakarta.ejb.ApplicationException;

/**
 * A comment, reply or change of a thread's state that the rules refuse; {@link #rule()} says why.
 */
@ApplicationException(rollback = true)
public class CommentRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why a comment was refused; the interface words each one. */
  public enum Rule {
    TEXT_MISSING,
    TEXT_TOO_LONG,
    UNKNOWN_SECTION,
    PASSAGE_NOT_IN_SECTION,
    NOT_A_THREAD,
    MAY_NOT_RESOLVE
  }

  private final Rule rule;

  public CommentRefused(Rule rule, String message) {
    super(message);
    this.rule = rule;
  }

  public Rule rule() {
    return rule;
  }
}
