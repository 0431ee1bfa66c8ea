package org.plenary.agenda.delegations.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.plenary.agenda.delegations.domain.DelegationRefused.Rule;
import org.plenary.agenda.meetings.domain.Audience;
import org.plenary.agenda.meetings.domain.Meeting;
import org.plenary.agenda.meetings.domain.Venue;
import org.plenary.agenda.registrations.domain.Attendance;
import org.plenary.agenda.registrations.domain.Choices;
import org.plenary.agenda.registrations.domain.Registration;
import org.plenary.agenda.registrations.domain.SocialEventPlace;
import org.plenary.core.people.domain.Organisation;
import org.plenary.core.people.domain.OrganisationCategory;
import org.plenary.core.people.domain.Person;

class DelegationTest {
  private static final LocalDate DAY = LocalDate.of(2019, 9, 19);
  private static final Instant NOW = Instant.parse("2019-08-01T10:00:00Z");

  private final Meeting meeting = meeting();
  private final Organisation estonia =
      new Organisation(
          "Delegation of Estonia", "EE", OrganisationCategory.OECD_MEMBER_DELEGATION, null);
  private final Organisation belgium =
      new Organisation(
          "Delegation of Belgium", "BE", OrganisationCategory.OECD_MEMBER_DELEGATION, null);
  private final Person head = person("Mari Tamm", estonia);
  private final Person member = person("Kai Kask", estonia);
  private final Person alternate = person("Liis Lepp", estonia);
  private final Person belgian = person("Luc Martin", belgium);

  @Test
  void formsADelegationWithItsHeadFirstThenMembersThenAlternates() {
    Delegation delegation =
        Delegation.form(
            meeting, estonia, new Composition(head, List.of(member), List.of(alternate)));

    assertThat(delegation.getMembers())
        .extracting(m -> m.getPerson().getFullName() + " " + m.getRole())
        .containsExactly("Mari Tamm HEAD", "Kai Kask MEMBER", "Liis Lepp ALTERNATE");
    assertThat(delegation.isHead(head)).isTrue();
    assertThat(delegation.isHead(member)).isFalse();
  }

  @Test
  void refusesADelegationWithoutAHead() {
    assertRefused(new Composition(null, List.of(member), List.of()), Rule.HEAD_MISSING);
  }

  @Test
  void refusesSomeoneOfAnotherOrganisation() {
    assertRefused(new Composition(head, List.of(belgian), List.of()), Rule.NOT_OF_THE_ORGANISATION);
  }

  @Test
  void refusesThePersonInTwoPlaces() {
    assertRefused(new Composition(head, List.of(member), List.of(member)), Rule.PERSON_TWICE);
  }

  @Test
  void recomposingKeepsWhoStaysAndDropsWhoLeaves() {
    Delegation delegation =
        Delegation.form(meeting, estonia, new Composition(head, List.of(member), List.of()));

    delegation.compose(new Composition(head, List.of(alternate), List.of(member)));

    assertThat(delegation.getMembers())
        .extracting(m -> m.getPerson().getFullName() + " " + m.getRole())
        .containsExactly("Mari Tamm HEAD", "Liis Lepp MEMBER", "Kai Kask ALTERNATE");
  }

  @Test
  void aSubstitutionMovesTheMembersSeatToTheAlternateAsItIs() {
    Delegation delegation =
        Delegation.form(
            meeting, estonia, new Composition(head, List.of(member), List.of(alternate)));
    Registration seat =
        Registration.register(
            meeting,
            member,
            new Choices(Set.of(DAY), Set.of(), true, "Vegan", null, Attendance.IN_PERSON),
            NOW);
    seat.takeSeat();

    delegation.substitute(member, alternate, seat);

    assertThat(seat.getPerson()).isSameAs(alternate);
    assertThat(seat.getSocialEvent()).isEqualTo(SocialEventPlace.CONFIRMED);
    assertThat(seat.getDays()).containsExactly(DAY);
    assertThat(seat.getDietaryNeeds()).isEqualTo("Vegan");
    assertThat(delegation.getMembers())
        .extracting(m -> m.getPerson().getFullName() + " " + m.getRole())
        .containsExactly("Mari Tamm HEAD", "Liis Lepp MEMBER", "Kai Kask ALTERNATE");
  }

  @Test
  void aSubstitutionKeepsAPlaceOnTheWaitingListInOrder() {
    Delegation delegation =
        Delegation.form(
            meeting, estonia, new Composition(head, List.of(member), List.of(alternate)));
    Registration waiting =
        Registration.register(
            meeting,
            member,
            new Choices(Set.of(DAY), Set.of(), true, null, null, Attendance.IN_PERSON),
            NOW);
    waiting.waitWithTicket(7);

    delegation.substitute(member, alternate, waiting);

    assertThat(waiting.getPerson()).isSameAs(alternate);
    assertThat(waiting.getSocialEvent()).isEqualTo(SocialEventPlace.WAITING);
    assertThat(waiting.getWaitingTicket()).isEqualTo(7);
  }

  @Test
  void onlyAnAlternateCanTakeTheFaceOfAMember() {
    Delegation delegation =
        Delegation.form(
            meeting, estonia, new Composition(head, List.of(member), List.of(alternate)));

    assertThatThrownBy(() -> delegation.substitute(member, head, null))
        .isInstanceOfSatisfying(
            DelegationRefused.class, r -> assertThat(r.rule()).isEqualTo(Rule.NOT_AN_ALTERNATE));
    assertThatThrownBy(() -> delegation.substitute(alternate, member, null))
        .isInstanceOfSatisfying(
            DelegationRefused.class, r -> assertThat(r.rule()).isEqualTo(Rule.NOT_A_MEMBER));
  }

  private void assertRefused(Composition composition, Rule rule) {
    assertThatThrownBy(() -> Delegation.form(meeting, estonia, composition))
        .isInstanceOfSatisfying(
            DelegationRefused.class, refused -> assertThat(refused.rule()).isEqualTo(rule));
  }

  private static Person person(String name, Organisation organisation) {
    return new Person(name, null, null, organisation);
  }

  private static Meeting meeting() {
    Meeting meeting =
        new Meeting(
            "e-leaders-test",
            "E-Leaders test",
            DAY,
            DAY,
            ZoneId.of("Europe/Brussels"),
            new Venue("OECD", List.of(), "Brussels"));
    meeting.addDay(DAY, "Day 1", Audience.everyone());
    return meeting;
  }
}
