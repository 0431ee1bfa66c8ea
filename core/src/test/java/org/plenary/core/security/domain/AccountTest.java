package org.plenary.core.security.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.plenary.core.people.domain.Person;

class AccountTest {
  private final Person person = new Person("Mari Tamm", null, "mari@example.org", null);

  @Test
  void holdsExactlyTheRolesItWasOpenedWith() {
    Account account =
        Account.open("mari", "hash", person, EnumSet.of(Role.DELEGATE, Role.MEMBER), Instant.EPOCH);

    assertThat(account.getRoles()).containsExactlyInAnyOrder(Role.DELEGATE, Role.MEMBER);
    assertThat(account.has(Role.SECRETARIAT)).isFalse();
    assertThat(account.isEnabled()).isTrue();
  }

  @Test
  void canBeOpenedWithoutRolesAndGetsNoneByAccident() {
    Account account = Account.open("guest", "hash", person, Set.of(), Instant.EPOCH);

    assertThat(account.getRoles()).isEmpty();
  }

  @Test
  void staysDisabledOnceDisabled() {
    Account account = Account.open("mari", "hash", person, Set.of(Role.DELEGATE), Instant.EPOCH);

    account.disable();

    assertThat(account.isEnabled()).isFalse();
  }

  @Test
  void roleNamesMatchTheConstantsUsedInRolesAllowed() {
    assertThat(Role.SECRETARIAT.name()).isEqualTo(Roles.SECRETARIAT);
    assertThat(Role.DELEGATE.name()).isEqualTo(Roles.DELEGATE);
    assertThat(Role.MEMBER.name()).isEqualTo(Roles.MEMBER);
    assertThat(Role.MINISTRY.name()).isEqualTo(Roles.MINISTRY);
  }
}
