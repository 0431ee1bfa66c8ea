package org.plenary.core.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/** Someone who takes part: a delegate, a speaker, a member of the secretariat, a drafter. */
@Entity
@Table(name = "person")
public class Person implements Serializable {
  @Id
  @SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
  private Long id;

  @NotBlank
  @Size(max = 200)
  @Column(name = "full_name", nullable = false)
  private String fullName;

  /** Free text such as "Deputy Director, Science, Technology and Innovation Directorate". */
  @Size(max = 300)
  @Column(name = "position")
  private String position;

  @Email
  @Size(max = 254)
  @Column(name = "email")
  private String email;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "organisation_id")
  private Organisation organisation;

  @Version private long version;

  protected Person() {}

  public Person(String fullName, String position, String email, Organisation organisation) {
    this.fullName = Objects.requireNonNull(fullName, "fullName");
    this.position = position;
    this.email = email;
    this.organisation = organisation;
  }

  public Long getId() {
    return id;
  }

  public String getFullName() {
    return fullName;
  }

  public String getPosition() {
    return position;
  }

  public String getEmail() {
    return email;
  }

  public Optional<Organisation> organisation() {
    return Optional.ofNullable(organisation);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof Person other && id != null && id.equals(other.id);
  }

  @Override
  public int hashCode() {
    return Person.class.hashCode();
  }

  @Override
  public String toString() {
    return fullName;
  }
}
