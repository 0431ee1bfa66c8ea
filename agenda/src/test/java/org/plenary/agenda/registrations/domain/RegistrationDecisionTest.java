package org.plenary.agenda.registrations.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.plenary.core.people.domain.Person;

class RegistrationDecisionTest {
  private static final LocalDate DAY = LocalDate.of(2027, 3, 10);
  private static final Instant NOW = Instant.parse("2027-02-01T10:00:00Z");

  private final Registration registration = registration();

  @Test
  void aNewRegistrationAwaitsADecisionAndIsNotListedUnlessAsked() {
    assertThat(registration.getStatus()).isEqualTo(RegistrationStatus.SUBMITTED);
    assertThat(registration.isListed()).isFalse();
    assertThat(registration.getLanguage()).isEqualTo("en");

    registration.prefer(true, "fr");

    assertThat(registration.isListed()).isTrue();
    assertThat(registration.getLanguage()).isEqualTo("fr");
  }

  @Test
  void declineNeedsAReasonAndGivesUpTheSeat() {
    registration.takeSeat();
    assertThatThrownBy(() -> registration.decline("  ", NOW))
        .isInstanceOfSatisfying(
            RegistrationRefused.class, r -> assertThat(r.rule()).isEqualTo(Rule.REASON_MISSING));

    boolean heldASeat = registration.decline(" Delegates only ", NOW);

    assertThat(heldASeat).isTrue();
    assertThat(registration.getStatus()).isEqualTo(RegistrationStatus.DECLINED);
    assertThat(registration.getDecisionReason()).isEqualTo("Delegates only");
    assertThat(registration.getSocialEvent()).isEqualTo(SocialEventPlace.NOT_REQUESTED);
  }

  @Test
  void aDeclinedRegistrationIsNeitherDeclinedAgainNorApproved() {
    registration.waitWithTicket(3);
    assertThat(registration.decline("Full", NOW)).isFalse();
    assertThat(registration.getWaitingTicket()).isNull();

    assertThatThrownBy(() -> registration.decline("Again", NOW))
        .isInstanceOfSatisfying(
            RegistrationRefused.class, r -> assertThat(r.rule()).isEqualTo(Rule.ALREADY_DECIDED));
    assertThatThrownBy(() -> registration.approve(NOW))
        .isInstanceOfSatisfying(
            RegistrationRefused.class, r -> assertThat(r.rule()).isEqualTo(Rule.ALREADY_DECIDED));
  }

  @Test
  void approvingKeepsTheSeat() {
    registration.takeSeat();

    registration.approve(NOW);

    assertThat(registration.getStatus()).isEqualTo(RegistrationStatus.APPROVED);
    assertThat(registration.holdsASeat()).isTrue();
  }

  private static Registration registration() {
    Meeting meeting =
        new Meeting(
            "desk-test",
            "Desk test",
            DAY,
            DAY,
            ZoneId.of("Europe/Brussels"),
            new Venue("OECD", List.of(), "Brussels"));
    meeting.addDay(DAY, "Day 1", Audience.everyone());
    return Registration.register(
        meeting,
        new Person("Ana Aas", null, "ana@example.org", null),
        new Choices(Set.of(DAY), Set.of(), true, null, null, Attendance.IN_PERSON),
        NOW);
  }
}
