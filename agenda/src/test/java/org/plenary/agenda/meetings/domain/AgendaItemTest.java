package org.plenary.agenda.meetings.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.plenary.agenda.meetings.domain.AgendaRuleViolation.Rule;

class AgendaItemTest {
  private static final LocalTime SIX_PM = LocalTime.of(18, 0);
  private static final LocalTime TEN_PM = LocalTime.of(22, 0);

  private static Rule ruleOf(Throwable thrown) {
    return ((AgendaRuleViolation) thrown).rule();
  }

  @Test
  void refusesAnItemThatEndsBeforeItStarts() {
    assertThatThrownBy(
            () -> new AgendaItem(ItemKind.BREAK, null, "Coffee Break", TEN_PM, SIX_PM, null))
        .isInstanceOf(AgendaRuleViolation.class)
        .satisfies(e -> assertThat(ruleOf(e)).isEqualTo(Rule.ITEM_ENDS_BEFORE_IT_STARTS));
  }

  @Test
  void refusesAnItemThatEndsWhenItStarts() {
    assertThatThrownBy(
            () -> new AgendaItem(ItemKind.BREAK, null, "Coffee Break", SIX_PM, SIX_PM, null))
        .satisfies(e -> assertThat(ruleOf(e)).isEqualTo(Rule.ITEM_ENDS_BEFORE_IT_STARTS));
  }

  @Test
  void numbersSessionsOnly() {
    assertThatThrownBy(
            () -> new AgendaItem(ItemKind.BREAK, 1, "Coffee Break", SIX_PM, TEN_PM, null))
        .satisfies(e -> assertThat(ruleOf(e)).isEqualTo(Rule.SESSION_NUMBER_INVALID));
    assertThatThrownBy(
            () -> new AgendaItem(ItemKind.SESSION, 0, "Session zero", SIX_PM, TEN_PM, null))
        .satisfies(e -> assertThat(ruleOf(e)).isEqualTo(Rule.SESSION_NUMBER_INVALID));
  }

  @Test
  void refusesAnItemWithoutATitle() {
    assertThatThrownBy(() -> new AgendaItem(ItemKind.MEAL, null, "  ", SIX_PM, TEN_PM, null))
        .satisfies(e -> assertThat(ruleOf(e)).isEqualTo(Rule.REQUIRED_VALUE_MISSING));
  }

  @Test
  void keepsStepsInTimeOrderIncludingOneAtTheVeryEnd() {
    AgendaItem social =
        new AgendaItem(ItemKind.SOCIAL_EVENT, null, "Social Event", SIX_PM, TEN_PM, null);

    social.planStep(ItemStep.at(22, 0, "Bus returns to Brussels"));
    social.planStep(ItemStep.at(18, 0, "Bus departs"));
    social.planStep(ItemStep.at(20, 0, "Dinner"));

    assertThat(social.getSteps())
        .extracting(ItemStep::getLabel)
        .containsExactly("Bus departs", "Dinner", "Bus returns to Brussels");
  }

  @Test
  void refusesAStepOutsideTheItemsTimes() {
    AgendaItem social =
        new AgendaItem(ItemKind.SOCIAL_EVENT, null, "Social Event", SIX_PM, TEN_PM, null);

    assertThatThrownBy(() -> social.planStep(ItemStep.at(23, 0, "Last bus")))
        .satisfies(e -> assertThat(ruleOf(e)).isEqualTo(Rule.STEP_OUTSIDE_ITEM));
  }

  @Test
  void keepsKeyQuestionsAndRolesInTheOrderGiven() {
    AgendaItem opening =
        new AgendaItem(ItemKind.OPENING_REMARKS, null, "Opening Remarks", SIX_PM, TEN_PM, null);

    opening.assign(
        AgendaRole.of(RoleKind.HOST_COUNTRY_REPRESENTATIVE, "Host country representative"));
    opening.assign(AgendaRole.of(RoleKind.SECRETARIAT, "OECD Secretariat"));
    opening.assign(AgendaRole.of(RoleKind.CHAIR, "Chair"));
    opening.ask("Second?");
    opening.ask("First?");

    assertThat(opening.getRoles())
        .extracting(AgendaRole::getKind)
        .containsExactly(
            RoleKind.HOST_COUNTRY_REPRESENTATIVE, RoleKind.SECRETARIAT, RoleKind.CHAIR);
    assertThat(opening.getKeyQuestions()).containsExactly("Second?", "First?");
  }

  @Test
  void splitsTheDescriptionIntoParagraphsAtBlankLines() {
    AgendaItem session = new AgendaItem(ItemKind.SESSION, 1, "Governance", SIX_PM, TEN_PM, null);

    session.describe("First paragraph.\n\n1. one,\n2. two\n\nLast paragraph.");

    assertThat(session.getParagraphs())
        .containsExactly("First paragraph.", "1. one,\n2. two", "Last paragraph.");
  }
}
