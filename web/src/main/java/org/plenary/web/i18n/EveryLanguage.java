package org.plenary.web.i18n;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.plenary.core.mail.Mail;

/**
 * A mail to someone whose language the directory does not know: the subject and text of {@code
 * <key>.subject} and {@code <key>.text} in every language Plenary speaks, one after the other
 * (subjects joined by a slash, texts by a rule), each filled with the values for its language.
 */
final class EveryLanguage {
  private EveryLanguage() {}

  static Mail mail(String to, String key, Function<Locale, Map<String, String>> values) {
    StringBuilder subject = new StringBuilder();
    StringBuilder text = new StringBuilder();
    for (Locale language : Language.SUPPORTED) {
      Map<String, String> filled = values.apply(language);
      if (subject.length() > 0) {
        subject.append(" / ");
        text.append("\n----\n\n");
      }
      subject.append(AgendaMessages.fill(AgendaMessages.text(key + ".subject", language), filled));
      text.append(AgendaMessages.fill(AgendaMessages.text(key + ".text", language), filled));
    }
    return new Mail(to, subject.toString(), text.toString());
  }
}
