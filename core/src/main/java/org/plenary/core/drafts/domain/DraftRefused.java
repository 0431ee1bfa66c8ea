package org.plenary.core.drafts.domain;

import jakarta.ejb.ApplicationException;
import org.plenary.core.shared.Refusal;

/** A change to a draft that its rules do not allow; {@link #rule()} says which. */
@ApplicationException(rollback = true)
public class DraftRefused extends Refusal {
  private static final long serialVersionUID = 1L;

  /** Why a change was refused; the interface words each one. */
  public enum Rule implements Refusal.Reason {
    NO_SECTIONS,
    HEADING_MISSING,
    HEADING_TOO_LONG,
    BODY_TOO_LONG,
    NOTE_TOO_LONG,
    DRAFT_IS_FINAL,
    STATUS_CANNOT_CHANGE
  }

  public DraftRefused(Rule rule, String message) {
    super(rule, null, message);
  }

  public Rule rule() {
    return (Rule) reason();
  }
}
