package org.plenary.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalPathsTest {
  @Test
  void acceptsAPathOfThisApplicationWithItsQuery() {
    assertThat(LocalPaths.local("/meetings/view.xhtml?slug=e-leaders-2019"))
        .hasValue("/meetings/view.xhtml?slug=e-leaders-2019");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "https://evil.example/",
        "//evil.example/",
        "/\\evil.example/",
        "\\\\evil.example",
        "javascript:alert(1)",
        "/index.xhtml\r\nSet-Cookie: x=y",
        "index.xhtml"
      })
  void refusesAnythingThatCouldLeaveTheApplication(String path) {
    assertThat(LocalPaths.local(path)).isEmpty();
  }

  @Test
  void refusesNothingAtAll() {
    assertThat(LocalPaths.local(null)).isEmpty();
  }
}
