package org.plenary.agenda.meetings.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.plenary.core.people.domain.OrganisationCategory;

class AudienceTest {
  @Test
  void admitsEveryCategoryWhenOpenToEveryone() {
    Audience everyone = Audience.everyone("All welcome");

    assertThat(everyone.isOpenToEveryone()).isTrue();
    assertThat(everyone.getCategories()).isEmpty();
    assertThat(OrganisationCategory.values()).allMatch(everyone::admits);
  }

  @Test
  void admitsOnlyTheCategoriesListed() {
    Audience delegates =
        Audience.onlyFor(
            "Delegates only",
            OrganisationCategory.NON_MEMBER_DELEGATION,
            OrganisationCategory.OECD_MEMBER_DELEGATION);

    assertThat(delegates.getCategories())
        .isEqualTo(
            Set.of(
                OrganisationCategory.OECD_MEMBER_DELEGATION,
                OrganisationCategory.NON_MEMBER_DELEGATION));
    assertThat(delegates.admits(OrganisationCategory.OECD_MEMBER_DELEGATION)).isTrue();
    assertThat(delegates.admits(OrganisationCategory.ACADEMIA)).isFalse();
    assertThat(delegates.getNote()).isEqualTo("Delegates only");
  }

  @Test
  void refusesARestrictedAudienceWithoutCategories() {
    assertThatThrownBy(() -> Audience.onlyFor(Set.of(), "nobody"))
        .isInstanceOf(AgendaRuleViolation.class);
  }
}
