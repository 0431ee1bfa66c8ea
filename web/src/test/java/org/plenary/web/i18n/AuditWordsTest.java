package org.plenary.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.faces.model.SelectItem;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Collator;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plenary.core.audit.domain.AuditAction;
import org.plenary.core.audit.domain.AuditObjectType;

class AuditWordsTest {
  private static final String BUNDLE = "src/main/resources/org/plenary/web/i18n/messages";

  /** Read from the files themselves: a missing French text would fall back to English. */
  @ParameterizedTest
  @ValueSource(strings = {".properties", "_fr.properties"})
  void hasWordsForEveryActionAndObjectTypeInEachLanguage(String file) throws IOException {
    Properties texts = load(BUNDLE + file);

    assertThat(AuditAction.values())
        .allSatisfy(
            action ->
                assertThat(texts.getProperty(AuditWords.ACTION + action.code()))
                    .as("%s in %s", action, file)
                    .isNotBlank());
    assertThat(AuditObjectType.values())
        .allSatisfy(
            type ->
                assertThat(texts.getProperty(AuditWords.OBJECT_TYPE + type.code()))
                    .as("%s in %s", type, file)
                    .isNotBlank());
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "fr"})
  void tellsEveryActionAndEveryTypeApartByItsWords(String language) {
    AuditWords words = AuditWords.of(Locale.forLanguageTag(language));

    assertThat(Arrays.stream(AuditAction.values()).map(a -> words.action(a.code())))
        .doesNotHaveDuplicates();
    assertThat(Arrays.stream(AuditObjectType.values()).map(t -> words.objectType(t.code())))
        .doesNotHaveDuplicates();
  }

  @Test
  void saysWhatHappenedInThePagesLanguage() {
    assertThat(AuditWords.of(Locale.ENGLISH).action("registration.changed"))
        .isEqualTo("Registration changed");
    assertThat(AuditWords.of(Locale.FRENCH).action("registration.changed"))
        .isEqualTo("Inscription modifiée");
    assertThat(AuditWords.of(Locale.ENGLISH).objectType("account-request"))
        .isEqualTo("Account request");
    assertThat(AuditWords.of(Locale.FRENCH).objectType("account-request"))
        .isEqualTo("Demande de compte");
  }

  @Test
  void showsACodeOfAnOlderBuildAsItIs() {
    AuditWords words = AuditWords.of(Locale.FRENCH);

    assertThat(words.action("meeting.archived")).isEqualTo("meeting.archived");
    assertThat(words.objectType("agenda-version")).isEqualTo("agenda-version");
    assertThat(words.action(null)).isNull();
  }

  @Test
  void offersEveryActionAndTypeOnceInTheLanguagesAlphabeticalOrder() {
    AuditWords words = AuditWords.of(Locale.FRENCH);

    assertThat(inFrenchOrder(words.actions(), AuditAction.values(), AuditAction::code))
        .contains("Inscription modifiée");
    assertThat(inFrenchOrder(words.objectTypes(), AuditObjectType.values(), AuditObjectType::code))
        .startsWith("Commentaire de consultation", "Compte");
  }

  /** The choices' labels, once each choice is known to be one of the codes, each once, in order. */
  private static <E> List<String> inFrenchOrder(
      List<SelectItem> choices, E[] constants, Function<E, String> code) {
    assertThat(choices)
        .extracting(SelectItem::getValue)
        .containsExactlyInAnyOrder(Arrays.stream(constants).map(code).toArray());
    List<String> labels = choices.stream().map(SelectItem::getLabel).toList();
    assertThat(labels).isSortedAccordingTo(Collator.getInstance(Locale.FRENCH));
    return labels;
  }

  private static Properties load(String file) throws IOException {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }
}
