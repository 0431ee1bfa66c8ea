package org.plenary.agenda.outcomes.domain;

import jakarta.ejb.ApplicationException;
import java.util.Objects;

/**
 * A step of the minutes' approval that the rules refuse: the code names the rule, the message says
 * why in plain words, the field names what to correct when there is one.
 */
@ApplicationException(rollback = true)
public class ApprovalRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Which rule refused it. */
  public enum Code {
    /** The minutes are not out for comments (never circulated, or approved since). */
    NOT_CIRCULATED(409),
    /** The minutes are out for comments already; approve them before circulating again. */
    ALREADY_CIRCULATED(409),
    /** The comment window has closed: no more corrections. */
    WINDOW_CLOSED(409),
    /** A comment window must close in the future. */
    WINDOW_IN_THE_PAST(422),
    /** A comment window may stay open a year at most. */
    WINDOW_TOO_LONG(422),
    /** Nothing is written in the minutes yet. */
    NOTHING_WRITTEN(422),
    /** Only the meeting's registered participants propose corrections. */
    NOT_A_PARTICIPANT(403),
    /** The quoted passage is not in the item's current minutes. */
    PASSAGE_NOT_FOUND(422),
    /** A needed text is blank. */
    TEXT_MISSING(422),
    TEXT_TOO_LONG(422),
    /** A rejection needs a reason. */
    REASON_MISSING(422),
    /** Some corrections are not decided yet: decide each before approving. */
    PENDING_CORRECTIONS(409),
    /** The minutes these corrections were proposed on are approved: decisions are final. */
    ALREADY_APPROVED(409);

    private final int status;

    Code(int status) {
      this.status = status;
    }

    /** The HTTP status a REST client gets for it. */
    public int status() {
      return status;
    }
  }

  private final Code code;
  private final String field;

  public ApprovalRefused(Code code, String field, String message) {
    super(message);
    this.code = Objects.requireNonNull(code, "code");
    this.field = field;
  }

  public Code code() {
    return code;
  }

  /** What to correct, or null. */
  public String field() {
    return field;
  }
}
