package org.plenary.agenda.meetings.domain;

import jakarta.ejb.ApplicationException;
import java.util.Objects;

/** A change to a meeting or its agenda was refused because it breaks one of the agenda's rules. */
@ApplicationException(rollback = true)
public class AgendaRuleViolation extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Which rule was broken; the web layer turns each into a message in the user's language. */
  public enum Rule {
    REQUIRED_VALUE_MISSING,
    VALUE_TOO_LONG,
    INVALID_SLUG,
    SLUG_TAKEN,
    UNKNOWN_TIME_ZONE,
    MEETING_ENDS_BEFORE_IT_STARTS,
    DAY_OUTSIDE_MEETING,
    DAY_PLANNED_TWICE,
    ITEM_ENDS_BEFORE_IT_STARTS,
    ITEMS_CLASH,
    SESSION_NUMBER_INVALID,
    SESSION_NUMBER_TAKEN,
    STEP_OUTSIDE_ITEM,
    SIDE_MEETING_OUTSIDE_MAIN_MEETING,
    SIDE_MEETING_OF_A_SIDE_MEETING,
    EMPTY_AGENDA
  }

  private final Rule rule;

  public AgendaRuleViolation(Rule rule, String message) {
    super(message);
    this.rule = Objects.requireNonNull(rule, "rule");
  }

  public Rule rule() {
    return rule;
  }

  static String required(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new AgendaRuleViolation(Rule.REQUIRED_VALUE_MISSING, what + " is required");
    }
    return value.strip();
  }

  static <T> T required(T value, String what) {
    if (value == null) {
      throw new AgendaRuleViolation(Rule.REQUIRED_VALUE_MISSING, what + " is required");
    }
    return value;
  }

  static String optional(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  static String atMost(String value, int max, String what) {
    if (value != null && value.length() > max) {
      throw new AgendaRuleViolation(
          Rule.VALUE_TOO_LONG, what + " is longer than " + max + " characters");
    }
    return value;
  }
}
