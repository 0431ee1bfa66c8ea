package org.plenary.core.shared;

import jakarta.ejb.ApplicationException;
import java.util.Objects;

/**
 * A request that the rules of Plenary refuse, for a reason the caller can act on: the reason names
 * the rule (each module's refusal has its own list), the message says why in plain words, the field
 * names the input to correct when there is one, and the kind says what sort of refusal it is (who
 * asks, a state that has moved on, or what was asked). It rolls the transaction back. Pages put the
 * message beside the field; the REST API answers one problem shape for all of them.
 */
@ApplicationException(rollback = true)
public abstract class Refusal extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What sort of refusal it is; the REST API answers each with its own status. */
  public enum Kind {
    /** The input cannot be used at all (an unknown link, a value outside every list): 400. */
    MALFORMED,
    /** Not for this caller (not the drafter, not registered): 403. */
    NOT_ALLOWED,
    /** The state has moved on (taken already, done already, changed meanwhile): 409. */
    CONFLICT,
    /** It was valid once and has expired: 410. */
    GONE,
    /** Larger than allowed: 413. */
    TOO_LARGE,
    /** Well-formed, but against a rule: 422. */
    INVALID
  }

  /** The reasons of a refusal: an enum of rules. */
  public interface Reason {
    String name();
  }

  private final Reason reason;
  private final String field;

  protected Refusal(Reason reason, String field, String message) {
    super(message);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.field = field;
  }

  /** The rule that refused it. */
  public Reason reason() {
    return reason;
  }

  /** The input to correct, or null. */
  public String field() {
    return field;
  }

  /** What sort of refusal it is; a rule against the input unless the refusal says otherwise. */
  public Kind kind() {
    return Kind.INVALID;
  }
}
