package org.plenary.agenda.outcomes.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.plenary.core.people.domain.Person;

class ActionItemTest {
  private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
  private static final LocalDate DUE = LocalDate.of(2026, 3, 1);

  private static ActionItem action() {
    return new ActionItem(
            "A1", null, "k1", ActionKind.ACTION, " Revise the Handbook ", DUE, null, NOW)
        .ownedBy(new Person("Olga Owner", null, "olga@example.org", null));
  }

  @Test
  void isOverdueOnceItsDueDateHasPassedUntilDoneOrDropped() {
    ActionItem action = action();
    assertThat(action.isOverdue(DUE)).isFalse();
    assertThat(action.isOverdue(DUE.plusDays(1))).isTrue();
    action.progress(ActionStatus.IN_PROGRESS, "started", "olga", "Olga Owner", NOW);
    assertThat(action.isOverdue(DUE.plusDays(1))).isTrue();
    action.progress(ActionStatus.DONE, null, "olga", "Olga Owner", NOW);
    assertThat(action.isOverdue(DUE.plusDays(1))).isFalse();
  }

  @Test
  void keepsADatedNoteOfEveryProgressUpdate() {
    ActionItem action = action();
    action.progress(
        ActionStatus.IN_PROGRESS, "  first draft shared ", "olga@example.org", "Olga Owner", NOW);
    assertThat(action.getTitle()).isEqualTo("Revise the Handbook");
    assertThat(action.getOwnerKind()).isEqualTo(OwnerKind.PERSON);
    assertThat(action.getOwnerName()).isEqualTo("Olga Owner");
    assertThat(action.getNotes())
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.getText()).isEqualTo("first draft shared");
              assertThat(n.getStatus()).isEqualTo(ActionStatus.IN_PROGRESS);
              assertThat(n.getAuthor()).isEqualTo("olga@example.org");
              assertThat(n.getAuthorName()).isEqualTo("Olga Owner");
            });
  }

  @Test
  void refusesAnActionWithoutTitleOrDueDate() {
    assertThatThrownBy(() -> new ActionItem("A2", null, null, null, " ", DUE, null, NOW))
        .isInstanceOfSatisfying(
            ActionRefused.class,
            r -> assertThat(r.rule()).isEqualTo(ActionRefused.Rule.TITLE_MISSING));
    assertThatThrownBy(() -> new ActionItem("A3", null, null, null, "Do it", null, null, NOW))
        .isInstanceOfSatisfying(
            ActionRefused.class,
            r -> assertThat(r.rule()).isEqualTo(ActionRefused.Rule.DUE_DATE_MISSING));
  }
}
