package org.plenary.core.people.application;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.plenary.core.people.domain.Country;
import org.plenary.core.people.domain.Organisation;
import org.plenary.core.people.domain.OrganisationCategory;
import org.plenary.core.people.domain.Person;
import org.plenary.core.shared.NotFoundException;

/** The directory of countries, organisations and people. */
@Stateless
public class People {
  @PersistenceContext EntityManager em;

  public Country country(@NotBlank String isoCode) {
    return em.createQuery("select c from Country c where c.code = :code", Country.class)
        .setParameter("code", isoCode.toUpperCase(java.util.Locale.ROOT))
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("country", isoCode));
  }

  public List<Country> countries() {
    return em.createQuery("select c from Country c order by c.nameEn", Country.class)
        .getResultList();
  }

  public Optional<Organisation> findOrganisation(@NotBlank String name) {
    return em.createQuery("select o from Organisation o where o.name = :name", Organisation.class)
        .setParameter("name", name)
        .getResultStream()
        .findFirst();
  }

  /** Registers an organisation, or returns the one already known by that name. */
  public Organisation organisation(
      @NotBlank String name,
      String acronym,
      @NotNull OrganisationCategory category,
      String countryCode) {
    return findOrganisation(name)
        .orElseGet(
            () -> {
              Country country = countryCode == null ? null : country(countryCode);
              Organisation organisation = new Organisation(name, acronym, category, country);
              em.persist(organisation);
              return organisation;
            });
  }

  public Person register(@NotNull @Valid Person person) {
    em.persist(person);
    return person;
  }

  public Optional<Person> findByEmail(@NotBlank String email) {
    return em.createQuery(
            "select p from Person p where lower(p.email) = lower(:email)", Person.class)
        .setParameter("email", email)
        .getResultStream()
        .findFirst();
  }

  public Person get(long id) {
    return Optional.ofNullable(em.find(Person.class, id))
        .orElseThrow(() -> new NotFoundException("person", id));
  }

  /** People of the directory by name, at most {@code max}, for choosing who plays a role. */
  public List<Person> directory(int max) {
    return em.createQuery("select p from Person p order by p.fullName, p.id", Person.class)
        .setMaxResults(Math.max(1, max))
        .getResultList();
  }

  /** Organisations by name, at most {@code max}, for choosing which one plays a role. */
  public List<Organisation> organisations(int max) {
    return em.createQuery("select o from Organisation o order by o.name, o.id", Organisation.class)
        .setMaxResults(Math.max(1, max))
        .getResultList();
  }
}
