package org.plenary.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LayoutTest {
  @Test
  void keepsTheOtherParametersOfThePageWhenTheLanguageChanges() {
    assertThat(Layout.otherParameters("slug=e-leaders-2019&lang=fr&x=1"))
        .isEqualTo("slug=e-leaders-2019&x=1");
  }

  @Test
  void dropsEveryLanguageParameterAndEmptyPairs() {
    assertThat(Layout.otherParameters("lang=en&&lang&lang=fr")).isEmpty();
    assertThat(Layout.otherParameters(null)).isEmpty();
  }

  @Test
  void keepsParametersThatOnlyStartLikeTheLanguageParameter() {
    assertThat(Layout.otherParameters("language=x&lang=fr")).isEqualTo("language=x");
  }
}
