package org.plenary.agenda.delegations.domain;

import java.util.List;
import java.util.stream.Stream;
import org.plenary.core.people.domain.Person;

/** Who a delegation is to have: its head, its members and its alternates. */
public record Composition(Person head, List<Person> members, List<Person> alternates) {
  public Composition {
    members = members == null ? List.of() : List.copyOf(members);
    alternates = alternates == null ? List.of() : List.copyOf(alternates);
  }

  /** One person and the part they are to play. */
  public record Entry(Person person, DelegationRole role) {}

  Stream<Entry> all() {
    return Stream.concat(
        Stream.ofNullable(head).map(p -> new Entry(p, DelegationRole.HEAD)),
        Stream.concat(
            members.stream().map(p -> new Entry(p, DelegationRole.MEMBER)),
            alternates.stream().map(p -> new Entry(p, DelegationRole.ALTERNATE))));
  }
}
