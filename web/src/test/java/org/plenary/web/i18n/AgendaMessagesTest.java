package org.plenary.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.plenary.agenda.meetings.domain.AgendaChange;
import org.plenary.agenda.meetings.domain.AgendaRuleViolation;
import org.plenary.agenda.meetings.domain.AgendaRuleViolation.Rule;

class AgendaMessagesTest {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

  private static Stream<String> keys() {
    return Stream.concat(
        Arrays.stream(Rule.values()).map(rule -> "agenda.rule." + rule.name()),
        Arrays.stream(AgendaChange.Kind.values()).map(kind -> "agenda.change." + kind.name()));
  }

  private static Set<String> placeholders(String text) {
    Matcher matcher = PLACEHOLDER.matcher(text);
    Set<String> names = new TreeSet<>();
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  @Test
  void hasAnEnglishAndAFrenchMessageWithTheSamePlaceholdersForEveryRuleAndChange() {
    ResourceBundle english =
        ResourceBundle.getBundle("org.plenary.web.i18n.messages", Locale.ENGLISH);
    ResourceBundle french =
        ResourceBundle.getBundle("org.plenary.web.i18n.messages", Locale.FRENCH);

    keys()
        .forEach(
            key -> {
              assertThat(english.containsKey(key)).as(key).isTrue();
              assertThat(french.getString(key)).as(key).isNotEqualTo(english.getString(key));
              assertThat(placeholders(french.getString(key)))
                  .as(key)
                  .isEqualTo(placeholders(english.getString(key)));
            });
  }

  @Test
  void fillsARulesMessageFromItsNamedArguments() {
    AgendaRuleViolation clash =
        new AgendaRuleViolation(
            Rule.ITEMS_CLASH, "room", "i4", Map.of("otherTitle", "Group A"), "clash");

    assertThat(AgendaMessages.of(clash, Locale.ENGLISH))
        .isEqualTo("This overlaps \"Group A\" in the same room.");
    assertThat(AgendaMessages.of(clash, Locale.FRENCH))
        .isEqualTo("Ce point chevauche « Group A » dans la même salle.");
  }

  @Test
  void wordsAChangeBetweenVersions() {
    AgendaChange moved =
        new AgendaChange(
            AgendaChange.Kind.ITEM_MOVED,
            LocalDate.of(2019, 9, 20),
            "i7",
            "Wrap-up",
            "2019-09-19 17:00–17:30",
            "2019-09-20 13:30–14:00");

    assertThat(AgendaMessages.of(moved, Locale.ENGLISH))
        .isEqualTo("Moved: \"Wrap-up\", from 2019-09-19 17:00–17:30 to 2019-09-20 13:30–14:00.");
    assertThat(AgendaMessages.changedMeanwhile(Locale.FRENCH)).startsWith("Quelqu'un d'autre");
  }

  @Test
  void namesAChangedDetailInTheLanguageNotAsTheCodeCallsIt() {
    AgendaChange zone =
        new AgendaChange(
            AgendaChange.Kind.MEETING_CHANGED,
            null,
            null,
            "timeZone",
            "Europe/Brussels",
            "Europe/Paris");
    AgendaChange hours =
        new AgendaChange(
            AgendaChange.Kind.DAY_CHANGED, LocalDate.of(2019, 9, 20), null, "hours", "", "9–17");

    assertThat(AgendaMessages.of(zone, Locale.ENGLISH))
        .isEqualTo("The meeting's time zone changed.");
    assertThat(AgendaMessages.of(zone, Locale.FRENCH))
        .isEqualTo("Réunion : « fuseau horaire » a changé.");
    assertThat(AgendaMessages.of(hours, Locale.FRENCH))
        .isEqualTo("Jour du 2019-09-20 : « horaires » a changé.");
  }
}
