package org.plenary.agenda.outcomes.domain;

import jakarta.ejb.ApplicationException;
import java.util.Objects;

/**
 * A decision or action item, or a progress update, that the rules refuse; the field names what to
 * correct when there is one.
 */
@ApplicationException(rollback = true)
public class ActionRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Which rule refused it. */
  public enum Rule {
    /** The caller neither is the owner (or in it) nor the secretariat. */
    NOT_THE_OWNER,
    TITLE_MISSING,
    TEXT_TOO_LONG,
    DUE_DATE_MISSING,
    OWNER_MISSING,
    UNKNOWN_OWNER,
    STATUS_MISSING
  }

  private final Rule rule;
  private final String field;

  public ActionRefused(Rule rule, String field, String message) {
    super(message);
    this.rule = Objects.requireNonNull(rule, "rule");
    this.field = field;
  }

  public Rule rule() {
    return rule;
  }

  /** What to correct, or null. */
  public String field() {
    return field;
  }
}
