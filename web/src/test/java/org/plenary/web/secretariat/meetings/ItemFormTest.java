package org.plenary.web.secretariat.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.plenary.agenda.meetings.application.ItemPlan;
import org.plenary.agenda.meetings.domain.AgendaRuleViolation;
import org.plenary.agenda.meetings.domain.AgendaRuleViolation.Rule;
import org.plenary.agenda.meetings.domain.ItemKind;
import org.plenary.agenda.meetings.domain.ItemStep;
import org.plenary.agenda.meetings.domain.LinkedDocument;
import org.plenary.agenda.meetings.domain.RoleKind;
import org.plenary.core.people.domain.OrganisationCategory;

class ItemFormTest {
  private static ItemForm socialEvent() {
    ItemForm form = ItemForm.newOn(LocalDate.of(2026, 10, 13));
    form.setKind(ItemKind.SOCIAL_EVENT);
    form.setSessionNumber(3);
    form.setTitle("Dinner");
    form.setStart(LocalTime.of(19, 0));
    form.setEnd(LocalTime.of(22, 0));
    form.setRoom("  ");
    return form;
  }

  @Test
  void readsKeyQuestionsStepsAndDocumentsOnePerLineInOrder() {
    ItemForm form = socialEvent();
    form.setKeyQuestions("  Who pays?\r\n\nWhat works across borders?  \n");
    form.setSteps("19:00 Bus leaves the venue\n22:00 Bus returns");
    form.setDocuments("Draft handbook | https://example.org/handbook.pdf");

    ItemPlan plan = form.toPlan();

    assertThat(plan.keyQuestions()).containsExactly("Who pays?", "What works across borders?");
    assertThat(plan.steps())
        .containsExactly(
            new ItemStep(LocalTime.of(19, 0), "Bus leaves the venue"),
            new ItemStep(LocalTime.of(22, 0), "Bus returns"));
    assertThat(plan.documents())
        .containsExactly(new LinkedDocument("Draft handbook", "https://example.org/handbook.pdf"));
    assertThat(plan.room()).as("a blank room is the whole venue").isNull();
    assertThat(plan.sessionNumber()).as("only sessions are numbered").isNull();
    assertThat(plan.audience()).as("as the day").isNull();
  }

  @Test
  void refusesAnUnreadableStepAsABrokenRuleOfTheStepsField() {
    ItemForm form = socialEvent();
    form.setSteps("at seven Bus leaves");

    assertThatThrownBy(form::toPlan)
        .isInstanceOfSatisfying(
            AgendaRuleViolation.class,
            violation -> {
              assertThat(violation.field()).isEqualTo("steps");
              assertThat(violation.rule()).isEqualTo(Rule.STEP_OUTSIDE_ITEM);
            });
  }

  @Test
  void keepsRolesAndTheItemsOwnAudience() {
    ItemForm form = socialEvent();
    form.addRole();
    RoleRow chair = form.getRoles().get(0);
    chair.setKind(RoleKind.CHAIR);
    chair.setLabel("Claire Dubois");
    chair.setPersonId(7L);
    form.addRole();
    form.getRoles().get(1).setKind(RoleKind.COUNTRY_INTERVENTION);
    form.getRoles().get(1).setLabel("Estonia");
    form.getRoles().get(1).setOrganisationId(3L);
    form.getAudience().setCategories(new OrganisationCategory[] {OrganisationCategory.ACADEMIA});
    form.getAudience().setNote("Academia only");

    ItemPlan plan = form.toPlan();

    assertThat(plan.roles()).hasSize(2);
    assertThat(plan.roles().get(0).getPersonId()).isEqualTo(7L);
    assertThat(plan.roles().get(1).getOrganisationId()).isEqualTo(3L);
    assertThat(plan.roles().get(1).getPersonId()).isNull();
    assertThat(plan.roles().get(0).getKind()).isEqualTo(RoleKind.CHAIR);
    assertThat(plan.audience().getCategories()).containsExactly(OrganisationCategory.ACADEMIA);
    assertThat(plan.audience().getNote()).isEqualTo("Academia only");
  }
}
