package org.plenary.agenda.feedback.domain;

import jakarta.ejb.ApplicationException;
import java.util.Objects;

/**
 * Feedback, or a form, that the rules refuse; the message says why in plain words, the field names
 * what to correct (a question's code, {@code rating}, {@code closesAt}...) when there is one.
 */
@ApplicationException(rollback = true)
public class FeedbackRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Which rule refused it. */
  public enum Rule {
    NOT_REGISTERED,
    NOT_A_SESSION,
    SESSION_NOT_STARTED,
    RATING_OUT_OF_RANGE,
    KEY_QUESTIONS_NOT_OPEN,
    NOT_A_KEY_QUESTION,
    FORM_NOT_OPEN_YET,
    FORM_CLOSED,
    ANSWER_REQUIRED,
    NOT_A_QUESTION,
    NOT_A_CHOICE,
    ONE_CHOICE_ONLY,
    TEXT_TOO_LONG,
    FORM_INVALID,
    STANDARD_SET_FIXED
  }

  private final Rule rule;
  private final String field;

  public FeedbackRefused(Rule rule, String field, String message) {
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
