package org.plenary.core.security.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.plenary.core.people.domain.Person;

/**
 * A person's login. The password is kept only as a PBKDF2 hash; the identity store reads this table
 * and {@code account_role} directly.
 */
@Entity
@Table(name = "account")
public class Account {
  @Id
  @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
  private Long id;

  @Column(name = "username", nullable = false, updatable = false)
  private String username;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "person_id", nullable = false, updatable = false)
  private Person person;

  @Column(name = "enabled", nullable = false)
  private boolean enabled = true;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt; // EclipseLink 4.0 maps no Instant; stored in UTC

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  @Version private long version;

  protected Account() {}

  Account(String username, String passwordHash, Person person, Set<Role> roles, Instant createdAt) {
    this.username = Objects.requireNonNull(username, "username");
    this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
    this.person = Objects.requireNonNull(person, "person");
    this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt").atOffset(ZoneOffset.UTC);
  }

  /** Opens an account for a person; the caller hashes the password. */
  public static Account open(
      String username, String passwordHash, Person person, Set<Role> roles, Instant now) {
    return new Account(username, passwordHash, person, roles, now);
  }

  public String getUsername() {
    return username;
  }

  public Person getPerson() {
    return person;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public Set<Role> getRoles() {
    return Set.copyOf(roles);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public void disable() {
    enabled = false;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Account other && username.equals(other.username);
  }

  @Override
  public int hashCode() {
    return username.hashCode();
  }
}
