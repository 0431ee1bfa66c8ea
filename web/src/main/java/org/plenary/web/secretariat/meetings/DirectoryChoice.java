package org.plenary.web.secretariat.meetings;

import java.io.Serializable;
import org.plenary.core.people.domain.Organisation;
import org.plenary.core.people.domain.Person;

/** A person or an organisation of the directory as a role's selection offers it. */
public final class DirectoryChoice implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Long id;
  private final String label;

  private DirectoryChoice(Long id, String name, String detail) {
    this.id = id;
    this.label = detail == null || detail.isBlank() ? name : name + " (" + detail + ")";
  }

  /** A person with their position. */
  static DirectoryChoice of(Person person) {
    return new DirectoryChoice(person.getId(), person.getFullName(), person.getPosition());
  }

  /** An organisation with its acronym. */
  static DirectoryChoice of(Organisation organisation) {
    return new DirectoryChoice(
        organisation.getId(), organisation.getName(), organisation.getAcronym());
  }

  public Long getId() {
    return id;
  }

  public String getLabel() {
    return label;
  }
}
