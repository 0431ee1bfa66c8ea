package org.plenary.web.i18n;

import jakarta.faces.model.SelectItem;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.plenary.core.people.application.People;
import org.plenary.core.people.domain.OrganisationCategory;

/** The choices of the forms that ask for a country or an organisation's category. */
public final class CountryChoices {
  private CountryChoices() {}

  /**
   * Every country as a choice (its code), by its name in the given language, in that language's
   * alphabetical order ("Égypte" after "Danemark", not after "Zimbabwe").
   */
  public static List<SelectItem> countries(People people, Locale language) {
    return people.countries().stream()
        .map(c -> new SelectItem(c.getCode(), c.name(language)))
        .sorted(byLabel(language))
        .toList();
  }

  /** Choices in the alphabetical order of the language of their labels. */
  public static Comparator<SelectItem> byLabel(Locale language) {
    return Comparator.comparing(SelectItem::getLabel, Collator.getInstance(language));
  }

  /** The categories a person outside the secretariat may belong to. */
  public static List<OrganisationCategory> categories() {
    return Arrays.stream(OrganisationCategory.values())
        .filter(c -> c != OrganisationCategory.SECRETARIAT)
        .toList();
  }
}
