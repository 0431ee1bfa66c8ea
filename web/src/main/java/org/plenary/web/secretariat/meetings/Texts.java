package org.plenary.web.secretariat.meetings;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The planning pages' texts from the interface's bundle, for messages written in Java. */
final class Texts {
  private static final String BUNDLE = "org.plenary.web.i18n.messages";

  private Texts() {}

  static String text(String key, Locale locale, Object... arguments) {
    String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
  }
}
