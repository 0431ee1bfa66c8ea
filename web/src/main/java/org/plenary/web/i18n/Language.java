package org.plenary.web.i18n;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The language of the interface for this session: first the browser's preferred language among
 * English and French, then whatever the visitor chooses with the language switch.
 */
@Named
@SessionScoped
public class Language implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The languages of the interface; the first one is the default. */
  public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH);

  @Inject HttpServletRequest request;

  private Locale locale;

  @PostConstruct
  void fromBrowser() {
    locale = preferred(request.getLocales());
  }

  /** The first of the browser's languages (Accept-Language, in order) that the site speaks. */
  static Locale preferred(Enumeration<Locale> browserLocales) {
    return Collections.list(browserLocales).stream()
        .map(Language::supported)
        .flatMap(Optional::stream)
        .findFirst()
        .orElse(SUPPORTED.get(0));
  }

  /** The supported language with this tag ("fr", "fr-CA", ...), if it is one. */
  static Optional<Locale> supported(Locale wanted) {
    return SUPPORTED.stream()
        .filter(locale -> locale.getLanguage().equals(wanted.getLanguage()))
        .findFirst();
  }

  /** Switches to the language with this tag; an unknown tag changes nothing. */
  public void select(String tag) {
    if (tag != null && !tag.isBlank()) {
      supported(Locale.forLanguageTag(tag.strip())).ifPresent(chosen -> locale = chosen);
    }
  }

  public Locale getLocale() {
    return locale;
  }

  /** The BCP 47 tag of the language, for {@code lang} attributes. */
  public String getTag() {
    return locale.toLanguageTag();
  }
}
