package org.plenary.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The English and French bundles say the same things: the same keys, the same numbered placeholders
 * in each text, and no apostrophe that {@link java.text.MessageFormat} would take for a quote (it
 * drops it and shows the placeholders after it as they are written: "elle nen reçoit").
 */
class BundlesTest {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
  private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "src/main/resources/org/plenary/web/i18n/messages",
        "../agenda/src/main/resources/org/plenary/agenda/registrations/application/RegistrationMails"
      })
  void bothLanguagesHaveTheSameKeysAndPlaceholdersAndNoApostropheMessageFormatWouldEat(
      String bundle) throws IOException {
    Properties english = load(bundle + ".properties");
    Properties french = load(bundle + "_fr.properties");

    assertThat(french.stringPropertyNames())
        .as("keys of %s", bundle)
        .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    for (String key : english.stringPropertyNames()) {
      String en = english.getProperty(key);
      String fr = french.getProperty(key);
      assertThat(placeholders(fr)).as("placeholders of %s", key).isEqualTo(placeholders(en));
      for (String text : new String[] {en, fr}) {
        if (!placeholders(text).isEmpty()) {
          assertThat(LONE_APOSTROPHE.matcher(text).find())
              .as("%s has a lone ' that MessageFormat would drop (write '' or ’): %s", key, text)
              .isFalse();
        }
      }
    }
  }

  private static Set<String> placeholders(String text) {
    Set<String> numbers = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      numbers.add(matcher.group(1));
    }
    return numbers;
  }

  private static Properties load(String file) throws IOException {
    Path path = Path.of(file); // from the web module's folder, where the tests run
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }
}
