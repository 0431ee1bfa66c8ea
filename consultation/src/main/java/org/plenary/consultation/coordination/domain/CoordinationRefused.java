package org.plenary.consultation.coordination.domain;

import jakarta.ejb.ApplicationException;
import org.plenary.core.shared.Refusal;

/** Something a coordination round's rules do not allow; {@link #rule()} says which. */
@ApplicationException(rollback = true)
public class CoordinationRefused extends Refusal {
  private static final long serialVersionUID = 1L;

  /** Why; the interface words each one ({@code coordination.rule.<RULE>}). */
  public enum Rule implements Refusal.Reason {
    /** The caller's organisation is not consulted in this round. */
    NOT_CONSULTED(true),
    /** Only the drafter (or the secretariat) may do this. */
    NOT_THE_DRAFTER(true),
    /** The caller may not read the draft or the round. */
    NOT_ALLOWED(true),
    /** The caller's account belongs to no organisation of the directory. */
    NO_ORGANISATION(true),
    /** The table of remarks and responses is not published; only the round's parties see it. */
    TABLE_NOT_PUBLISHED(true),
    ROUND_CLOSED(false),
    ROUND_NOT_OPEN(false),
    FUNDAMENTAL_OBJECTIONS_OPEN(false),
    NOT_FUNDAMENTAL(false),
    NOT_CURRENT(false),
    ALREADY_SETTLED(false),
    NO_BODIES(false),
    DRAFTER_CONSULTED(false),
    DEADLINE_BEFORE_OPENING(false),
    WORKING_DAYS_OUT_OF_RANGE(false),
    UNKNOWN_JURISDICTION(false),
    UNKNOWN_TIME_ZONE(false),
    UNKNOWN_SECTION(false),
    UNKNOWN_ORGANISATION(false),
    REMARKS_REQUIRED(false),
    TEXT_MISSING(false),
    TEXT_TOO_LONG(false),
    TOO_MANY_REMARKS(false),
    OUTCOME_MISSING(false),
    EXPLANATION_MISSING(false),
    /** Someone answered the remark after the caller last saw it (HTTP 409). */
    RESPONSE_CHANGED_MEANWHILE(false),
    TABLE_PUBLISHED(false),
    ROUND_NOT_CLOSED(false),
    REMARKS_UNANSWERED(false);

    private final boolean forbidden;

    Rule(boolean forbidden) {
      this.forbidden = forbidden;
    }

    /** Whether this refusal is about who asks (HTTP 403) rather than what they ask (422). */
    public boolean isForbidden() {
      return forbidden;
    }
  }

  public CoordinationRefused(Rule rule, String field, String message) {
    super(rule, field, message);
  }

  public Rule rule() {
    return (Rule) reason();
  }

  @Override
  public Kind kind() {
    if (rule().isForbidden()) {
      return Kind.NOT_ALLOWED;
    }
    return rule() == Rule.ALREADY_SETTLED || rule() == Rule.RESPONSE_CHANGED_MEANWHILE
        ? Kind.CONFLICT
        : Kind.INVALID;
  }
}
