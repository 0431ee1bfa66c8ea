package org.plenary.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VerifiedPasswordsTest {
  private final VerifiedPasswords verified = new VerifiedPasswords();

  @Test
  void remembersOnlyTheTripleThatWasAccepted() {
    verified.add("delegate", "plenary-demo", "hash-1");

    assertThat(verified.contains("delegate", "plenary-demo", "hash-1")).isTrue();
    assertThat(verified.contains("delegate", "wrong", "hash-1")).as("another password").isFalse();
    assertThat(verified.contains("delegate", "plenary-demo", "hash-2"))
        .as("the password was changed")
        .isFalse();
    assertThat(verified.contains("member", "plenary-demo", "hash-1")).as("another user").isFalse();
  }

  @Test
  void partsCannotBeShiftedIntoEachOther() {
    verified.add("ab", "c", "h");

    assertThat(verified.contains("a", "bc", "h")).isFalse();
  }

  @Test
  void startsAgainEmptyWhenFull() {
    for (int i = 0; i < VerifiedPasswords.MAX; i++) {
      verified.add("user" + i, "password", "hash");
    }
    assertThat(verified.size()).isEqualTo(VerifiedPasswords.MAX);

    verified.add("one-more", "password", "hash");

    assertThat(verified.size()).isEqualTo(1);
    assertThat(verified.contains("one-more", "password", "hash")).isTrue();
  }

  @Test
  void twoStoresDoNotShareTheirKeys() {
    VerifiedPasswords other = new VerifiedPasswords();
    verified.add("delegate", "plenary-demo", "hash-1");

    assertThat(other.contains("delegate", "plenary-demo", "hash-1")).isFalse();
  }
}
