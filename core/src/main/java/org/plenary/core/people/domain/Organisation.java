package org.plenary.core.people.domain;

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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/** A delegation, ministry, international organisation, company, university or NGO. */
@Entity
@Table(name = "organisation")
public class Organisation implements Serializable {
  @Id
  @SequenceGenerator(
      name = "organisation_seq",
      sequenceName = "organisation_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisation_seq")
  private Long id;

  @NotBlank
  @Size(max = 200)
  @Column(name = "name", nullable = false)
  private String name;

  @Size(max = 30)
  @Column(name = "acronym")
  private String acronym;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(name = "category", nullable = false)
  private OrganisationCategory category;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "country_id")
  private Country country;

  @Version private long version;

  protected Organisation() {}

  public Organisation(String name, String acronym, OrganisationCategory category, Country country) {
    this.name = Objects.requireNonNull(name, "name");
    this.acronym = acronym;
    this.category = Objects.requireNonNull(category, "category");
    this.country = country;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getAcronym() {
    return acronym;
  }

  public OrganisationCategory getCategory() {
    return category;
  }

  public Optional<Country> country() {
    return Optional.ofNullable(country);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Organisation other && name.equals(other.name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}
