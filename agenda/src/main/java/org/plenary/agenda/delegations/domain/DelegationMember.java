package org.plenary.agenda.delegations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;
import org.plenary.core.people.domain.Person;

/** A person in a delegation and the part they play: head, member or alternate. */
@Entity
@Table(name = "delegation_member")
public class DelegationMember {
  @Id
  @SequenceGenerator(
      name = "delegation_member_seq",
      sequenceName = "delegation_member_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "delegation_member_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "delegation_id", nullable = false, updatable = false)
  private Delegation delegation;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "person_id", nullable = false, updatable = false)
  private Person person;

  @Enumerated(EnumType.STRING)
  @Column(name = "member_role", nullable = false, length = 20)
  private DelegationRole role;

  protected DelegationMember() {}

  DelegationMember(Delegation delegation, Person person, DelegationRole role) {
    this.delegation = Objects.requireNonNull(delegation, "delegation");
    this.person = Objects.requireNonNull(person, "person");
    this.role = Objects.requireNonNull(role, "role");
  }

  void playAs(DelegationRole role) {
    this.role = Objects.requireNonNull(role, "role");
  }

  public Person getPerson() {
    return person;
  }

  public DelegationRole getRole() {
    return role;
  }
}
