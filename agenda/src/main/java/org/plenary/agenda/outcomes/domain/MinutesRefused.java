package org.plenary.agenda.outcomes.domain;

import jakarta.ejb.ApplicationException;
import java.util.Objects;

/**
 * A change to the minutes that the rules refuse; the message says why in plain words, the field
 * names what to correct ({@code summary}, {@code answers[0]}, {@code decisions}...) when there is
 * one.
 */
@ApplicationException(rollback = true)
public class MinutesRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Which rule refused it. */
  public enum Rule {
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

  private final Rule rule;
  private final String field;

  public MinutesRefused(Rule rule, String field, String message) {
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
