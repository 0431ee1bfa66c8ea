package org.plenary.core.groups.domain;

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
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import org.plenary.core.people.domain.Person;

/** A person's place in a working group, with their role since they joined. */
@Entity
@Table(name = "group_membership")
public class Membership implements Serializable {
  @Id
  @SequenceGenerator(
      name = "group_membership_seq",
      sequenceName = "group_membership_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "group_membership_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "group_id", nullable = false, updatable = false)
  private WorkingGroup group;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "person_id", nullable = false, updatable = false)
  private Person person;

  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false)
  private GroupRole role;

  @Column(name = "since", nullable = false, updatable = false)
  private OffsetDateTime since;

  @Version private long version;

  protected Membership() {}

  public Membership(WorkingGroup group, Person person, GroupRole role, Instant since) {
    this.group = Objects.requireNonNull(group, "group");
    this.person = Objects.requireNonNull(person, "person");
    this.role = Objects.requireNonNull(role, "role");
    this.since = since.atOffset(ZoneOffset.UTC);
  }

  public void changeRole(GroupRole role) {
    this.role = Objects.requireNonNull(role, "role");
  }

  public Long getId() {
    return id;
  }

  public WorkingGroup getGroup() {
    return group;
  }

  public Person getPerson() {
    return person;
  }

  public GroupRole getRole() {
    return role;
  }

  public OffsetDateTime getSince() {
    return since;
  }
}
