package org.plenary.consultation.consultations.domain;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.plenary.consultation.consultations.domain.ConsultationRefused.Code;

/**
 * Who comments: a name and, for someone not signed in, an e-mail address to confirm; a respondent
 * category and a country (ISO 3166-1 alpha-2).
 */
public record Respondent(
    String name, String email, String username, RespondentCategory category, String country) {
  public static final int MAX_NAME = 200;
  public static final int MAX_EMAIL = 254;
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

  public Respondent {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(country, "country");
  }

  /**
   * Someone not signed in, who names themselves and confirms their address.
   *
   * @throws ConsultationRefused NAME_MISSING, EMAIL_INVALID, CATEGORY_UNKNOWN, COUNTRY_UNKNOWN
   */
  public static Respondent anonymous(
      String name, String email, String category, String country, Predicate<String> countries) {
    String stripped = name == null ? "" : name.strip();
    if (stripped.isEmpty() || stripped.length() > MAX_NAME) {
      throw new ConsultationRefused(
          Code.NAME_MISSING, "name", "give your name (at most " + MAX_NAME + " characters)");
    }
    String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    if (address.length() > MAX_EMAIL || !EMAIL.matcher(address).matches()) {
      throw new ConsultationRefused(Code.EMAIL_INVALID, "email", "give a valid e-mail address");
    }
    return new Respondent(
        stripped, address, null, RespondentCategory.of(category), country(country, countries));
  }

  /** A signed-in account: its name is the person's, it needs no address to confirm. */
  public static Respondent signedIn(
      String username,
      String fullName,
      String category,
      String country,
      Predicate<String> countries) {
    return new Respondent(
        fullName, null, username, RespondentCategory.of(category), country(country, countries));
  }

  /**
   * Someone whose comment was collected elsewhere and handed in by an organisation (bulk
   * submission): named like an anonymous respondent, but with no address to confirm, so published
   * at once.
   *
   * @throws ConsultationRefused NAME_MISSING, CATEGORY_UNKNOWN, COUNTRY_UNKNOWN
   */
  public static Respondent collected(
      String name, String category, String country, Predicate<String> countries) {
    String stripped = name == null ? "" : name.strip();
    if (stripped.isEmpty() || stripped.length() > MAX_NAME) {
      throw new ConsultationRefused(
          Code.NAME_MISSING,
          "name",
          "give the respondent's name (at most " + MAX_NAME + " characters)");
    }
    return new Respondent(
        stripped, null, null, RespondentCategory.of(category), country(country, countries));
  }

  /** Whether the comment waits for its address to be confirmed before it is published. */
  public boolean mustConfirm() {
    return email != null;
  }

  private static String country(String code, Predicate<String> countries) {
    String upper = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    if (!COUNTRY.matcher(upper).matches() || !countries.test(upper)) {
      throw new ConsultationRefused(
          Code.COUNTRY_UNKNOWN, "country", "country must be an ISO 3166-1 alpha-2 code");
    }
    return upper;
  }

  /** A respondent known to whoever hands the comment in: a name, an account or origin label. */
  public record Known(String username, String name, String category, String country) {}
}
