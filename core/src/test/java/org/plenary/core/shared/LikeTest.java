package org.plenary.core.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikeTest {
  @Test
  void matchesWhatWasTypedNotWildcards() {
    assertThat(Like.contains(" E_Gov 50% ")).isEqualTo("%e\\_gov 50\\%%");
    assertThat(Like.startsWith("a\\b")).isEqualTo("a\\\\b%");
  }
}
