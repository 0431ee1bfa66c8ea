package org.plenary.web.secretariat.meetings;

import java.io.Serializable;
import org.plenary.core.people.domain.Person;

/** A person of the directory as the role's selection offers them: name and position. */
public final class PersonChoice implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Long id;
  private final String label;

  PersonChoice(Person person) {
    this.id = person.getId();
    this.label =
        person.getPosition() == null
            ? person.getFullName()
            : person.getFullName() + " (" + person.getPosition() + ")";
  }

  public Long getId() {
    return id;
  }

  public String getLabel() {
    return label;
  }
}
