package org.plenary.agenda.outcomes.domain;

import jakarta.ejb.ApplicationException;
import org.plenary.core.shared.Refusal;

/**
 * A step of the minutes' approval that the rules refuse: the code names the rule, the message says
 * why in plain words, the field names what to correct when there is one.
 */
@ApplicationException(rollback = true)
public class ApprovalRefused extends Refusal {
  private static final long serialVersionUID = 1L;

  /** Which rule refused it. */
  public enum Code implements Refusal.Reason {
    /** The minutes are not out for comments (never circulated, or approved since). */
    NOT_CIRCULATED(Refusal.Kind.CONFLICT),
    /** The minutes are out for comments already; approve them before circulating again. */
    ALREADY_CIRCULATED(Refusal.Kind.CONFLICT),
    /** The comment window has closed: no more corrections. */
    WINDOW_CLOSED(Refusal.Kind.CONFLICT),
    /** A comment window must close in the future. */
    WINDOW_IN_THE_PAST(Refusal.Kind.INVALID),
    /** A comment window may stay open a year at most. */
    WINDOW_TOO_LONG(Refusal.Kind.INVALID),
    /** Nothing is written in the minutes yet. */
    NOTHING_WRITTEN(Refusal.Kind.INVALID),
    /** Only the meeting's registered participants propose corrections. */
    NOT_A_PARTICIPANT(Refusal.Kind.NOT_ALLOWED),
    /** The quoted passage is not in the item's current minutes. */
    PASSAGE_NOT_FOUND(Refusal.Kind.INVALID),
    /** A needed text is blank. */
    TEXT_MISSING(Refusal.Kind.INVALID),
    TEXT_TOO_LONG(Refusal.Kind.INVALID),
    /** A rejection needs a reason. */
    REASON_MISSING(Refusal.Kind.INVALID),
    /** Some corrections are not decided yet: decide each before approving. */
    PENDING_CORRECTIONS(Refusal.Kind.CONFLICT),
    /** The minutes these corrections were proposed on are approved: decisions are final. */
    ALREADY_APPROVED(Refusal.Kind.CONFLICT);

    private final Refusal.Kind kind;

    Code(Refusal.Kind kind) {
      this.kind = kind;
    }
  }

  public ApprovalRefused(Code code, String field, String message) {
    super(code, field, message);
  }

  public Code code() {
    return (Code) reason();
  }

  @Override
  public Kind kind() {
    return code().kind;
  }
}
