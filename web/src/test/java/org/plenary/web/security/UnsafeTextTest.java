package org.plenary.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnsafeTextTest {
  @Test
  void acceptsTextWithTabsLineBreaksMixedDirectionAndEmoji() {
    assertThat(UnsafeText.isUnsafe("Line\tone\r\nline two \u202Egnp.exe\u202C \u05D0 \uD83D\uDE00"))
        .isFalse();
  }

  @Test
  void refusesNulOtherControlCharactersAndLoneSurrogates() {
    assertThat(UnsafeText.isUnsafe("nul \u0000 byte")).isTrue();
    assertThat(UnsafeText.isUnsafe("bell \u0007")).isTrue();
    assertThat(UnsafeText.isUnsafe("escape \u001B[31m")).isTrue();
    assertThat(UnsafeText.isUnsafe("high \uD800 alone")).isTrue();
    assertThat(UnsafeText.isUnsafe("low \uDC00 alone")).isTrue();
    assertThat(UnsafeText.isUnsafe("ends high \uD83D")).isTrue();
  }
}
