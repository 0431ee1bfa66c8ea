package org.plenary.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The language of the interface: the one the visitor chose with the language switch in this
 * session, else the browser's preferred language among English and French.
 *
 * <p>Request scoped, with the choice kept in a session attribute: a visitor who never uses the
 * switch (and is not signed in) gets no HTTP session at all, so reading a public page creates
 * nothing on the server (and nothing replicated in the data grid).
 */
@Named
@RequestScoped
public class Language {
  /** The languages of the interface; the first one is the default. */
  public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH);

  /** The session attribute that holds the language chosen with the switch (a Locale). */
  static final String CHOSEN = Language.class.getName() + ".chosen";

  @Inject HttpServletRequest request;

  private Locale locale;

  /** The first of the browser's languages (Accept-Language, in order) that the site speaks. */
  public static Locale preferred(Enumeration<Locale> browserLocales) {
    return Collections.list(browserLocales).stream()
        .map(Language::supported)
        .flatMap(Optional::stream)
        .findFirst()
        .orElse(SUPPORTED.get(0));
  }

  /**
   * The language the site speaks that an Accept-Language header prefers (RFC 4647 lookup, by the
   * header's weights: "en-US,en;q=0.9,fr;q=0.8" is English), for answers and mails of the REST API;
   * English when the header names neither, is missing or is malformed.
   */
  public static Locale preferred(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return SUPPORTED.get(0);
    }
    try {
      Locale found = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
      return found == null ? SUPPORTED.get(0) : found;
    } catch (IllegalArgumentException malformed) {
      return SUPPORTED.get(0);
    }
  }

  /**
   * The language a REST answer is written in: the one {@code lang} names ("fr") when the site
   * speaks it, else the one {@code acceptLanguage} prefers (see {@link #preferred(String)}). Links
   * from the pages carry {@code lang}, as a browser following a link sends its own Accept-Language.
   */
  public static Locale of(String lang, String acceptLanguage) {
    if (lang != null && !lang.isBlank()) {
      try {
        Optional<Locale> named = supported(Locale.forLanguageTag(lang.strip()));
        if (named.isPresent()) {
          return named.get();
        }
      } catch (IllegalArgumentException malformed) {
        // then the header decides
      }
    }
    return preferred(acceptLanguage);
  }

  /** The supported language with this tag ("fr", "fr-CA", ...), if it is one. */
  static Optional<Locale> supported(Locale wanted) {
    return SUPPORTED.stream()
        .filter(locale -> locale.getLanguage().equals(wanted.getLanguage()))
        .findFirst();
  }

  /**
   * Switches to the language with this tag, for this request and the rest of the session (which
   * this starts if need be); an unknown tag changes nothing.
   */
  public void select(String tag) {
    if (tag != null && !tag.isBlank()) {
      supported(Locale.forLanguageTag(tag.strip()))
          .ifPresent(
              chosen -> {
                locale = chosen;
                if (request != null) {
                  request.getSession().setAttribute(CHOSEN, chosen);
                }
              });
    }
  }

  public Locale getLocale() {
    if (locale == null) {
      locale = chosenInSession().orElseGet(() -> preferred(request.getLocales()));
    }
    return locale;
  }

  /** The BCP 47 tag of the language, for {@code lang} attributes. */
  public String getTag() {
    return getLocale().toLanguageTag();
  }

  private Optional<Locale> chosenInSession() {
    HttpSession session = request.getSession(false);
    return session != null && session.getAttribute(CHOSEN) instanceof Locale chosen
        ? Optional.of(chosen)
        : Optional.empty();
  }
}
