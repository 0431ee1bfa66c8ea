package org.plenary.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.faces.model.SelectItem;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CountryChoicesTest {
  @Test
  void ordersCountriesAsTheirLanguageDoesAccentsAmongTheirLetters() {
    assertThat(
            Stream.of(
                    "Zimbabwe", "États-Unis", "Égypte", "Danemark", "Estonie", "Îles Féroé", "Inde")
                .map(name -> new SelectItem(name, name))
                .sorted(CountryChoices.byLabel(Locale.FRENCH))
                .map(SelectItem::getLabel))
        .containsExactly(
            "Danemark", "Égypte", "Estonie", "États-Unis", "Îles Féroé", "Inde", "Zimbabwe");
  }
}
