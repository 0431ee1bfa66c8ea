package org.plenary.web.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The interface's texts in one language, from its bundle ({@code messages}), for texts written in
 * Java: messages of the pages, and the documents people take away (the PDFs).
 */
public final class Texts {
  private static final String BUNDLE = "org.plenary.web.i18n.messages";

  private final Locale locale;
  private final ResourceBundle bundle;

  private Texts(Locale locale) {
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
  }

  /** The texts in this language (the bundle's English where it has no French one). */
  public static Texts of(Locale locale) {
    return new Texts(locale);
  }

  /** One text, its {@link MessageFormat} placeholders filled when there are arguments. */
  public static String text(String key, Locale locale, Object... arguments) {
    return of(locale).text(key, arguments);
  }

  /** One text, its {@link MessageFormat} placeholders filled when there are arguments. */
  public String text(String key, Object... arguments) {
    String pattern = bundle.getString(key);
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
  }

  public Locale locale() {
    return locale;
  }
}
