package org.plenary.web.i18n;

import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenary.agenda.meetings.domain.AgendaChange;
import org.plenary.agenda.meetings.domain.AgendaRuleViolation;

/**
 * The words for the agenda's rule codes and version differences, in English or French, from the
 * interface's bundle ({@code agenda.rule.<RULE>}, {@code agenda.change.<KIND>}). Their {@code
 * {name}} placeholders are filled by name from the violation's arguments or the change's values
 * (not by MessageFormat, so apostrophes need no doubling).
 */
public final class AgendaMessages {
  private static final String BUNDLE = "org.plenary.web.i18n.messages";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

  private AgendaMessages() {}

  /** The message for a broken rule, to show beside {@link AgendaRuleViolation#field()}. */
  public static String of(AgendaRuleViolation violation, Locale locale) {
    return fill(text("agenda.rule." + violation.rule().name(), locale), violation.arguments());
  }

  /** The message for an edit refused because the meeting changed meanwhile. */
  public static String changedMeanwhile(Locale locale) {
    return text("agenda.rule.MEETING_CHANGED_MEANWHILE", locale);
  }

  /** One line of a version history, such as "Moved: "Lunch", from ... to ...". */
  public static String of(AgendaChange change, Locale locale) {
    Map<String, String> values =
        Map.of(
            "subject", subject(change, locale),
            "before", String.valueOf(change.before()),
            "after", String.valueOf(change.after()),
            "date", String.valueOf(change.date()));
    return fill(text("agenda.change." + change.kind().name(), locale), values);
  }

  /**
   * What changed: for a meeting's or a day's detail the detail's name in the language ("timeZone"
   * is "fuseau horaire" in French), else the item or day the change is about.
   */
  private static String subject(AgendaChange change, Locale locale) {
    String subject = String.valueOf(change.subject());
    if (change.kind() == AgendaChange.Kind.MEETING_CHANGED
        || change.kind() == AgendaChange.Kind.DAY_CHANGED) {
      ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
      String key = "agenda.detail." + subject;
      return bundle.containsKey(key) ? bundle.getString(key) : subject;
    }
    return subject;
  }

  static String text(String key, Locale locale) {
    return ResourceBundle.getBundle(BUNDLE, locale).getString(key);
  }

  static String fill(String text, Map<String, String> values) {
    Matcher matcher = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String value = values.getOrDefault(matcher.group(1), matcher.group());
      matcher.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(out);
    return out.toString();
  }
}
