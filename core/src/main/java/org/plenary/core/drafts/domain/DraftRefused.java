package org.plenary.core.drafts.domain;

import jakarta.ejb.ApplicationException;

/** A change to a draft that its rules do not allow; {@link #rule()} says which. */
@ApplicationException(rollback = true)
public class DraftRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why a change was refused; the interface words each one. */
  public enum Rule {
    NO_SECTIONS,
    HEADING_MISSING,
    HEADING_TOO_LONG,
    BODY_TOO_LONG,
    NOTE_TOO_LONG,
    DRAFT_IS_FINAL,
    STATUS_CANNOT_CHANGE
  }

  private final Rule rule;

  public DraftRefused(Rule rule, String message) {
    super(message);
    this.rule = rule;
  }

  public Rule rule() {
    return rule;
  }
}
