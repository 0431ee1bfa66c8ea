package org.plenary.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageTest {
  @Test
  void takesTheFirstOfTheBrowsersLanguagesThatTheSiteSpeaks() {
    assertThat(preferred("de-DE", "fr-CA", "en")).isEqualTo(Locale.FRENCH);
    assertThat(preferred("en-GB", "fr")).isEqualTo(Locale.ENGLISH);
  }

  @Test
  void fallsBackToEnglish() {
    assertThat(preferred("de", "nl")).isEqualTo(Locale.ENGLISH);
    assertThat(preferred()).isEqualTo(Locale.ENGLISH);
  }

  @Test
  void switchesOnlyToALanguageTheSiteSpeaks() {
    Language language = new Language();
    language.select("fr");
    assertThat(language.getTag()).isEqualTo("fr");

    language.select("de");
    language.select("");
    language.select(null);

    assertThat(language.getTag()).isEqualTo("fr");
  }

  private static Locale preferred(String... tags) {
    return Language.preferred(
        Collections.enumeration(List.of(tags).stream().map(Locale::forLanguageTag).toList()));
  }
}
