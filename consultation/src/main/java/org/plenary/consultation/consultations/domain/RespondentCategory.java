package org.plenary.consultation.consultations.domain;

import java.util.Locale;

/** Who comments, as the respondent says. Written in lower case in the API ({@code ngo}). */
public enum RespondentCategory {
  CITIZEN,
  BUSINESS,
  NGO,
  PUBLIC_AUTHORITY,
  ACADEMIA,
  OTHER;

  /**
   * The category named in any letter case.
   *
   * @throws ConsultationRefused CATEGORY_UNKNOWN (field {@code category}) for anything else
   */
  public static RespondentCategory of(String name) {
    if (name != null) {
      for (RespondentCategory category : values()) {
        if (category.name().equalsIgnoreCase(name.strip())) {
          return category;
        }
      }
    }
    throw new ConsultationRefused(
        ConsultationRefused.Code.CATEGORY_UNKNOWN,
        "category",
        "category must be one of citizen, business, ngo, public_authority, academia, other");
  }

  /** The name the API uses. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
