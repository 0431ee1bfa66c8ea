package org.plenary.agenda.feedback.domain;

import jakarta.ejb.ApplicationException;
import org.plenary.core.shared.Refusal;

/**
 * Feedback, or a form, that the rules refuse; the message says why in plain words, the field names
 * what to correct (a question's code, {@code rating}, {@code closesAt}...) when there is one.
 */
@ApplicationException(rollback = true)
public class FeedbackRefused extends Refusal {
  private static final long serialVersionUID = 1L;

  /** Which rule refused it. */
  public enum Rule implements Refusal.Reason {
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

  public FeedbackRefused(Rule rule, String field, String message) {
    super(rule, field, message);
  }

  public Rule rule() {
    return (Rule) reason();
  }

  @Override
  public Kind kind() {
    return switch (rule()) {
      case NOT_REGISTERED -> Kind.NOT_ALLOWED;
      default -> Kind.INVALID;
    };
  }
}
