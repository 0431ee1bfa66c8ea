package org.plenary.web.i18n;

import jakarta.faces.model.SelectItem;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.plenary.core.people.application.People;
import org.plenary.core.people.domain.OrganisationCategory;

/** The choices of the forms that ask for a country or an organisation's category. */
public final class CountryChoices {
  private CountryChoices() {}

  /** Every country as a choice (its code), by its name in the given language. */
  public static List<SelectItem> countries(People people, Locale language) {
    return people.countries().stream()
        .map(c -> new SelectItem(c.getCode(), c.name(language)))
        .sorted((a, b) -> a.getLabel().compareTo(b.getLabel()))
        .toList();
  }

  /** The categories a person outside the secretariat may belong to. */
  public static List<OrganisationCategory> categories() {
    return Arrays.stream(OrganisationCategory.values())
        .filter(c -> c != OrganisationCategory.SECRETARIAT)
        .toList();
  }
}
