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
  void anAcceptLanguageHeaderIsReadByItsWeights() {
    assertHeaders(
        Locale.FRENCH,
        "fr-FR,fr;q=0.9,en-US;q=0.8,en;q=0.7",
        "fr-CA",
        "de, fr;q=0.5",
        "en;q=0.2, fr;q=0.6");
    // French understood but English preferred is English, as the pages choose; q=0 is "not this"
    assertHeaders(Locale.ENGLISH, "en-US,en;q=0.9,fr;q=0.8", "fr;q=0");
  }

  @Test
  void anAcceptLanguageHeaderWithoutASiteLanguageOrMalformedGivesEnglish() {
    assertHeaders(Locale.ENGLISH, "de-DE, nl;q=0.5", "*", "fr;q=x", ",,;", "", null);
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

  private static void assertHeaders(Locale expected, String... headers) {
    for (String header : headers) {
      assertThat(Language.preferred(header)).as(header).isEqualTo(expected);
    }
  }

  private static Locale preferred(String... tags) {
    return Language.preferred(
        Collections.enumeration(List.of(tags).stream().map(Locale::forLanguageTag).toList()));
  }
}
