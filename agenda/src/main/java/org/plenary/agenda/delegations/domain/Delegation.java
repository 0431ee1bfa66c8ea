package org.plenary.agenda.delegations.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.plenary.agenda.delegations.domain.DelegationRefused.Rule;
import org.plenary.agenda.meetings.domain.Meeting;
import org.plenary.agenda.registrations.domain.Registration;
import org.plenary.core.people.domain.Organisation;
import org.plenary.core.people.domain.Person;

/**
 * A country's or organisation's delegation to one meeting: one head, members and alternates, all
 * people of the organisation. An alternate who substitutes for a member takes the member's
 * registration as it is (days, seat on the social event, place on its waiting list): the seat
 * moves, nothing is counted again.
 */
@Entity
@Table(name = "delegation")
public class Delegation {
  @Id
  @SequenceGenerator(name = "delegation_seq", sequenceName = "delegation_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "delegation_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
  private Meeting meeting;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
  private Organisation organisation;

  @OneToMany(mappedBy = "delegation", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<DelegationMember> members = new ArrayList<>();

  @Version private long version;

  protected Delegation() {}

  private Delegation(Meeting meeting, Organisation organisation) {
    this.meeting = Objects.requireNonNull(meeting, "meeting");
    this.organisation = Objects.requireNonNull(organisation, "organisation");
  }

  /** Forms an organisation's delegation to a meeting with its first composition. */
  public static Delegation form(Meeting meeting, Organisation organisation, Composition people) {
    Delegation delegation = new Delegation(meeting, organisation);
    delegation.compose(people);
    return delegation;
  }

  /**
   * Who is in the delegation from now on: a head, members and alternates, each person once and each
   * of the organisation. People who stay keep their entry; the others leave.
   */
  public void compose(Composition people) {
    Objects.requireNonNull(people, "people");
    if (people.head() == null) {
      throw new DelegationRefused(Rule.HEAD_MISSING, "a delegation needs a head of delegation");
    }
    Set<Person> seen = new HashSet<>();
    people
        .all()
        .forEach(
            entry -> {
              Person person = entry.person();
              if (!person.organisation().map(organisation::equals).orElse(false)) {
                throw new DelegationRefused(
                    Rule.NOT_OF_THE_ORGANISATION,
                    person.getFullName() + " is not of " + organisation.getName());
              }
              if (!seen.add(person)) {
                throw new DelegationRefused(
                    Rule.PERSON_TWICE,
                    person.getFullName() + " can have only one place in the delegation");
              }
            });
    members.removeIf(member -> !seen.contains(member.getPerson()));
    people
        .all()
        .forEach(
            entry ->
                find(entry.person())
                    .ifPresentOrElse(
                        member -> member.playAs(entry.role()),
                        () ->
                            members.add(new DelegationMember(this, entry.person(), entry.role()))));
  }

  /**
   * An alternate takes a member's place: the alternate becomes a member, the member an alternate,
   * and the member's registration (if any) becomes the alternate's, seat and all. The caller makes
   * sure the alternate has no registration of their own for the meeting.
   */
  public void substitute(Person member, Person alternate, Registration membersRegistration) {
    DelegationMember leaving =
        find(member)
            .filter(m -> m.getRole() == DelegationRole.MEMBER)
            .orElseThrow(
                () ->
                    new DelegationRefused(
                        Rule.NOT_A_MEMBER,
                        member.getFullName()
                            + " is not a member of the delegation of "
                            + organisation.getName()));
    DelegationMember coming =
        find(alternate)
            .filter(m -> m.getRole() == DelegationRole.ALTERNATE)
            .orElseThrow(
                () ->
                    new DelegationRefused(
                        Rule.NOT_AN_ALTERNATE,
                        alternate.getFullName()
                            + " is not an alternate of the delegation of "
                            + organisation.getName()));
    if (membersRegistration != null) {
      if (!membersRegistration.getPerson().equals(member)
          || !membersRegistration.getMeeting().equals(meeting)) {
        throw new IllegalArgumentException("not the member's registration for this meeting");
      }
      membersRegistration.transferTo(alternate);
    }
    leaving.playAs(DelegationRole.ALTERNATE);
    coming.playAs(DelegationRole.MEMBER);
  }

  /** Whether this person leads the delegation. */
  public boolean isHead(Person person) {
    return find(person).map(m -> m.getRole() == DelegationRole.HEAD).orElse(false);
  }

  public Optional<Person> head() {
    return members.stream()
        .filter(m -> m.getRole() == DelegationRole.HEAD)
        .map(DelegationMember::getPerson)
        .findFirst();
  }

  private Optional<DelegationMember> find(Person person) {
    return members.stream().filter(m -> m.getPerson().equals(person)).findFirst();
  }

  public Long getId() {
    return id;
  }

  public Meeting getMeeting() {
    return meeting;
  }

  public Organisation getOrganisation() {
    return organisation;
  }

  /** The people of the delegation: the head first, then members, then alternates, by name. */
  public List<DelegationMember> getMembers() {
    return members.stream()
        .sorted(
            java.util.Comparator.comparing(DelegationMember::getRole)
                .thenComparing(m -> m.getPerson().getFullName()))
        .toList();
  }
}
