package org.plenary.agenda.meetings.domain;

import jakarta.ejb.ApplicationException;
import java.util.Map;
import java.util.Objects;

/**
 * A change to a meeting or its agenda was refused because it breaks one of the agenda's rules. It
 * names the rule (a stable code the web layer turns into a message in the user's language), the
 * field the user should correct when there is one ({@code start}, {@code end}, {@code date}, {@code
 * room}, {@code roles}...), the item concerned by its key, and named arguments for the message
 * (such as {@code otherItem}, the key of the item it clashes with).
 */
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
    EMPTY_AGENDA,
    ITEM_OUTSIDE_DAY,
    TIME_DOES_NOT_EXIST,
    PERSON_IN_TWO_PLACES,
    CONTINUATION_WITHOUT_SESSION,
    NOT_A_SESSION,
    SPLIT_OUTSIDE_ITEM,
    DAY_HOURS_INVALID,
    INVALID_LINK,
    MEETING_HAS_SIDE_MEETINGS,
    VERSION_LABEL_TAKEN,
    NOTHING_TO_PUBLISH,
    UNKNOWN_GROUP
  }

  private final Rule rule;
  private final String field;
  private final String itemKey;
  private final Map<String, String> arguments;

  public AgendaRuleViolation(Rule rule, String message) {
    this(rule, null, null, Map.of(), message);
  }

  public AgendaRuleViolation(
      Rule rule, String field, String itemKey, Map<String, String> arguments, String message) {
    super(message);
    this.rule = Objects.requireNonNull(rule, "rule");
    this.field = field;
    this.itemKey = itemKey;
    this.arguments = Map.copyOf(arguments);
  }

  public Rule rule() {
    return rule;
  }

  /** The field to correct, such as {@code end}; null when the rule concerns no single field. */
  public String field() {
    return field;
  }

  /** The key of the item concerned, or null. */
  public String itemKey() {
    return itemKey;
  }

  /** Named values for the message, such as {@code otherItem} for a clash. */
  public Map<String, String> arguments() {
    return arguments;
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
