package org.plenary.agenda.outcomes.domain;

import jakarta.ejb.ApplicationException;
import org.plenary.core.shared.Refusal;

/**
 * A change to the minutes that the rules refuse; the message says why in plain words, the field
 * names what to correct ({@code summary}, {@code answers[0]}, {@code decisions}...) when there is
 * one.
 */
@ApplicationException(rollback = true)
public class MinutesRefused extends Refusal {
  private static final long serialVersionUID = 1L;

  /** Which rule refused it. */
  public enum Rule implements Refusal.Reason {
    /** Someone saved this item's record since the caller read it. */
    CHANGED_MEANWHILE,
    /** The caller is neither the secretariat nor the item's rapporteur. */
    NOT_THE_RAPPORTEUR,
    /** The item takes no minutes (a break, a meal, the registration, a social event). */
    NOT_RECORDED,
    TEXT_TOO_LONG,
    /** The answers do not match the item's key questions one for one. */
    ANSWERS_MISMATCH
  }

  public MinutesRefused(Rule rule, String field, String message) {
    super(rule, field, message);
  }

  public Rule rule() {
    return (Rule) reason();
  }

  @Override
  public Kind kind() {
    return switch (rule()) {
      case NOT_THE_RAPPORTEUR -> Kind.NOT_ALLOWED;
      case CHANGED_MEANWHILE -> Kind.CONFLICT;
      default -> Kind.INVALID;
    };
  }
}
