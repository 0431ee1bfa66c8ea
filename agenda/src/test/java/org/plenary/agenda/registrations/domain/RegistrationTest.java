package org.plenary.agenda.registrations.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.plenary.core.people.domain.OrganisationCategory.NON_MEMBER_DELEGATION;
import static org.plenary.core.people.domain.OrganisationCategory.OECD_MEMBER_DELEGATION;
import static org.plenary.core.people.domain.OrganisationCategory.PRIVATE_SECTOR;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.plenary.agenda.meetings.domain.Audience;
import org.plenary.agenda.meetings.domain.Meeting;
import org.plenary.agenda.meetings.domain.Venue;
import org.plenary.agenda.registrations.domain.RegistrationRefused.Rule;
import org.plenary.core.people.domain.Organisation;
import org.plenary.core.people.domain.OrganisationCategory;
import org.plenary.core.people.domain.Person;

class RegistrationTest {
  private static final LocalDate DAY_1 = LocalDate.of(2019, 9, 19);
  private static final LocalDate DAY_2 = LocalDate.of(2019, 9, 20);
  private static final Instant NOW = Instant.parse("2019-08-01T10:00:00Z");

  private final Meeting meeting = eLeaders();
  private final Person delegate = person("Mari Tamm", OECD_MEMBER_DELEGATION);
  private final Person business = person("Pat Private", PRIVATE_SECTOR);

  @Test
  void registersADelegateForBothDaysWithTheirNeeds() {
    Registration registration =
        Registration.register(
            meeting,
            delegate,
            choices(Set.of(DAY_2, DAY_1), false, Attendance.IN_PERSON, " Vegetarian "),
            NOW);

    assertThat(registration.getDays()).containsExactly(DAY_1, DAY_2);
    assertThat(registration.getAttendance()).isEqualTo(Attendance.IN_PERSON);
    assertThat(registration.getDietaryNeeds()).isEqualTo("Vegetarian");
    assertThat(registration.getSocialEvent()).isEqualTo(SocialEventPlace.NOT_REQUESTED);
    assertThat(registration.getRegisteredAt()).isEqualTo(NOW);
  }

  @Test
  void refusesAPrivateSectorParticipantADelegatesOnlyDaySayingWhy() {
    assertThatThrownBy(
            () ->
                Registration.register(
                    meeting,
                    business,
                    choices(Set.of(DAY_1, DAY_2), false, Attendance.IN_PERSON, null),
                    NOW))
        .isInstanceOfSatisfying(
            RegistrationRefused.class,
            refused -> {
              assertThat(refused.rule()).isEqualTo(Rule.AUDIENCE_NOT_ADMITTED);
              assertThat(refused.getMessage())
                  .contains("Day 2")
                  .contains("2019-09-20")
                  .contains("open only to oecd member delegation, non member delegation")
                  .contains("Pat Private's employer, is private sector");
            });
  }

  @Test
  void letsAPrivateSectorParticipantComeOnAnOpenDay() {
    Registration registration =
        Registration.register(
            meeting, business, choices(Set.of(DAY_1), false, Attendance.REMOTE, null), NOW);

    assertThat(registration.getDays()).containsExactly(DAY_1);
  }

  @Test
  void refusesSomeoneWithoutAnOrganisationADayThatIsNotOpenToEveryone() {
    Person nobody = new Person("No Body", null, null, null);

    assertThatThrownBy(
            () ->
                Registration.register(
                    meeting, nobody, choices(Set.of(DAY_1), false, Attendance.REMOTE, null), NOW))
        .isInstanceOfSatisfying(
            RegistrationRefused.class,
            refused -> {
              assertThat(refused.rule()).isEqualTo(Rule.AUDIENCE_NOT_ADMITTED);
              assertThat(refused.getMessage()).contains("without an organisation");
            });
  }

  @Test
  void refusesADayThatIsNotPartOfTheMeeting() {
    assertRefused(
        choices(Set.of(DAY_1, LocalDate.of(2019, 9, 21)), false, Attendance.IN_PERSON, null),
        Rule.NOT_A_DAY_OF_THE_MEETING);
  }

  @Test
  void refusesARegistrationWithoutDays() {
    assertRefused(choices(Set.of(), false, Attendance.IN_PERSON, null), Rule.NO_DAYS_CHOSEN);
  }

  @Test
  void refusesARegistrationThatDoesNotSayHowThePersonAttends() {
    assertRefused(choices(Set.of(DAY_1), false, null, null), Rule.ATTENDANCE_MISSING);
  }

  @Test
  void refusesTheSocialEventToSomeoneWhoAttendsRemotely() {
    assertRefused(
        choices(Set.of(DAY_1), true, Attendance.REMOTE, null), Rule.SOCIAL_EVENT_ONLY_IN_PERSON);
  }

  @Test
  void refusesASideMeetingThatIsNotOneOfThisMeeting() {
    assertRefused(
        new Choices(
            Set.of(DAY_1), Set.of("going-digital-2019"), false, null, null, Attendance.IN_PERSON),
        Rule.NOT_A_SIDE_MEETING);
  }

  @Test
  void refusesNeedsLongerThanTheFieldHolds() {
    assertRefused(
        choices(Set.of(DAY_1), false, Attendance.IN_PERSON, "x".repeat(Registration.MAX_NEEDS + 1)),
        Rule.TEXT_TOO_LONG);
  }

  @Test
  void asksForASeatThenWaitsWithATicketUntilOneIsTaken() {
    Registration registration =
        Registration.register(
            meeting, delegate, choices(Set.of(DAY_1), true, Attendance.IN_PERSON, null), NOW);
    assertThat(registration.isWaitingForASeat()).isTrue();

    registration.waitWithTicket(3);
    assertThat(registration.getWaitingTicket()).isEqualTo(3);
    assertThat(registration.holdsASeat()).isFalse();

    registration.takeSeat();
    assertThat(registration.getSocialEvent()).isEqualTo(SocialEventPlace.CONFIRMED);
    assertThat(registration.getWaitingTicket()).isNull();
    assertThat(registration.holdsASeat()).isTrue();
  }

  @Test
  void cannotTakeASeatThatWasNeverAskedFor() {
    Registration registration =
        Registration.register(
            meeting, delegate, choices(Set.of(DAY_1), false, Attendance.IN_PERSON, null), NOW);

    assertThatThrownBy(registration::takeSeat).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void changesDaysAndNeedsKeepingTheSeatItHolds() {
    Registration registration =
        Registration.register(
            meeting, delegate, choices(Set.of(DAY_1), true, Attendance.IN_PERSON, "Vegan"), NOW);
    registration.takeSeat();
    registration.approve(NOW);

    boolean gaveUpASeat =
        registration.change(choices(Set.of(DAY_1, DAY_2), true, Attendance.IN_PERSON, null));

    assertThat(gaveUpASeat).isFalse();
    assertThat(registration.getDays()).containsExactly(DAY_1, DAY_2);
    assertThat(registration.getDietaryNeeds()).isNull();
    assertThat(registration.holdsASeat()).isTrue();
    assertThat(registration.getStatus()).isEqualTo(RegistrationStatus.APPROVED);
    assertThat(registration.getRegisteredAt()).isEqualTo(NOW);
  }

  @Test
  void givesUpTheSeatWhenTheSocialEventIsNoLongerAskedFor() {
    Registration registration =
        Registration.register(
            meeting, delegate, choices(Set.of(DAY_1), true, Attendance.IN_PERSON, null), NOW);
    registration.takeSeat();

    assertThat(registration.change(choices(Set.of(DAY_1), false, Attendance.REMOTE, null)))
        .isTrue();
    assertThat(registration.getSocialEvent()).isEqualTo(SocialEventPlace.NOT_REQUESTED);
    assertThat(registration.getAttendance()).isEqualTo(Attendance.REMOTE);
  }

  @Test
  void leavesTheWaitingListOrJoinsItAnewAsTheChoiceChanges() {
    Registration registration =
        Registration.register(
            meeting, delegate, choices(Set.of(DAY_1), true, Attendance.IN_PERSON, null), NOW);
    registration.waitWithTicket(4);

    assertThat(registration.change(choices(Set.of(DAY_1), false, Attendance.IN_PERSON, null)))
        .isFalse();
    assertThat(registration.getWaitingTicket()).isNull();
    assertThat(registration.awaitsASeatDecision()).isFalse();

    registration.change(choices(Set.of(DAY_1), true, Attendance.IN_PERSON, null));
    assertThat(registration.awaitsASeatDecision()).isTrue();
    registration.waitWithTicket(9);
    registration.change(choices(Set.of(DAY_1, DAY_2), true, Attendance.IN_PERSON, null));
    assertThat(registration.getWaitingTicket()).as("the place in line is kept").isEqualTo(9);
  }

  @Test
  void refusesAChangeThatBreaksARuleAndChangesNothing() {
    Registration registration =
        Registration.register(
            meeting, business, choices(Set.of(DAY_1), false, Attendance.IN_PERSON, "Vegan"), NOW);

    assertThatThrownBy(
            () ->
                registration.change(choices(Set.of(DAY_1, DAY_2), false, Attendance.REMOTE, null)))
        .isInstanceOfSatisfying(
            RegistrationRefused.class,
            refused -> assertThat(refused.rule()).isEqualTo(Rule.AUDIENCE_NOT_ADMITTED));
    assertThat(registration.getDays()).containsExactly(DAY_1);
    assertThat(registration.getAttendance()).isEqualTo(Attendance.IN_PERSON);
    assertThat(registration.getDietaryNeeds()).isEqualTo("Vegan");
  }

  @Test
  void refusesToChangeADeclinedRegistration() {
    Registration registration =
        Registration.register(
            meeting, delegate, choices(Set.of(DAY_1), false, Attendance.IN_PERSON, null), NOW);
    registration.decline("Not a delegate", NOW);

    assertThatThrownBy(
            () -> registration.change(choices(Set.of(DAY_2), false, Attendance.REMOTE, null)))
        .isInstanceOfSatisfying(
            RegistrationRefused.class,
            refused -> assertThat(refused.rule()).isEqualTo(Rule.ALREADY_DECIDED));
    assertThat(registration.getDays()).containsExactly(DAY_1);
  }

  @Test
  void refusesASocialEventWithFewerThanNoSeats() {
    assertThatThrownBy(() -> SocialEventSeats.checked(-1))
        .isInstanceOfSatisfying(
            RegistrationRefused.class,
            refused -> assertThat(refused.rule()).isEqualTo(Rule.CAPACITY_NEGATIVE));
    assertThat(SocialEventSeats.checked(0)).isZero();
  }

  private void assertRefused(Choices choices, Rule rule) {
    assertThatThrownBy(() -> Registration.register(meeting, delegate, choices, NOW))
        .isInstanceOfSatisfying(
            RegistrationRefused.class, refused -> assertThat(refused.rule()).isEqualTo(rule));
  }

  private static Choices choices(
      Set<LocalDate> days, boolean socialEvent, Attendance attendance, String dietaryNeeds) {
    return new Choices(days, Set.of(), socialEvent, dietaryNeeds, null, attendance);
  }

  private static Person person(String name, OrganisationCategory category) {
    String employer = category == PRIVATE_SECTOR ? name + "'s employer" : "Delegation of " + name;
    return new Person(
        name, null, "someone@example.org", new Organisation(employer, null, category, null));
  }

  private static Meeting eLeaders() {
    Meeting meeting =
        new Meeting(
            "e-leaders-test",
            "E-Leaders test",
            DAY_1,
            DAY_2,
            ZoneId.of("Europe/Brussels"),
            new Venue("OECD", List.of(), "Brussels"));
    meeting.addDay(
        DAY_1,
        "Day 1",
        Audience.onlyFor("Delegates and selected guests", OECD_MEMBER_DELEGATION, PRIVATE_SECTOR));
    meeting.addDay(
        DAY_2,
        "Day 2",
        Audience.onlyFor("Delegates only", OECD_MEMBER_DELEGATION, NON_MEMBER_DELEGATION));
    return meeting;
  }
}
