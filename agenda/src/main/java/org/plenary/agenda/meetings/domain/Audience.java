package org.plenary.agenda.meetings.domain;

import static org.plenary.agenda.meetings.domain.AgendaRuleViolation.atMost;
import static org.plenary.agenda.meetings.domain.AgendaRuleViolation.optional;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.plenary.core.people.domain.OrganisationCategory;

/**
 * Who may attend a day or an item: the categories of organisation admitted (none listed means
 * everyone) and the note that says so on the public agenda.
 */
@Embeddable
public class Audience {
  public static final int MAX_NOTE = 2000;
  private static final String SEPARATOR = ",";

  /**
   * The admitted categories as comma-separated names; the empty string (never null) means everyone,
   * so that an item's override to "everyone" is told apart from no override at all.
   */
  @Column(name = "audience_categories", length = 400)
  private String categories;

  @Column(name = "audience_note", length = MAX_NOTE)
  private String note;

  protected Audience() {}

  /** An equal audience that is a separate object (see {@link AgendaRole#copy}). */
  public Audience copy() {
    return getCategories().isEmpty() ? everyone(note) : onlyFor(getCategories(), note);
  }

  private Audience(Set<OrganisationCategory> categories, String note) {
    this.categories =
        categories.stream()
            .sorted()
            .map(OrganisationCategory::name)
            .collect(Collectors.joining(SEPARATOR));
    this.note = atMost(optional(note), MAX_NOTE, "audience note");
  }

  /** Open to everyone, with no note. */
  public static Audience everyone() {
    return new Audience(Set.of(), null);
  }

  /** Open to everyone, with a note such as "All country delegates are invited". */
  public static Audience everyone(String note) {
    return new Audience(Set.of(), note);
  }

  /** Open only to people from organisations of the given categories. */
  public static Audience onlyFor(Collection<OrganisationCategory> categories, String note) {
    if (categories == null || categories.isEmpty()) {
      throw new AgendaRuleViolation(
          AgendaRuleViolation.Rule.REQUIRED_VALUE_MISSING,
          "a restricted audience needs at least one category");
    }
    return new Audience(EnumSet.copyOf(categories), note);
  }

  /** Open only to people from organisations of the given categories. */
  public static Audience onlyFor(String note, OrganisationCategory... categories) {
    return onlyFor(Arrays.asList(categories), note);
  }

  /** The categories admitted; empty when everyone is. */
  public Set<OrganisationCategory> getCategories() {
    if (categories == null || categories.isEmpty()) {
      return Set.of();
    }
    return Collections.unmodifiableSet(
        Arrays.stream(categories.split(SEPARATOR))
            .map(OrganisationCategory::valueOf)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(OrganisationCategory.class))));
  }

  public String getNote() {
    return note;
  }

  public boolean isOpenToEveryone() {
    return categories == null || categories.isEmpty();
  }

  public boolean admits(OrganisationCategory category) {
    return isOpenToEveryone() || getCategories().contains(category);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Audience other
        && getCategories().equals(other.getCategories())
        && Objects.equals(note, other.note);
  }

  @Override
  public int hashCode() {
    return Objects.hash(getCategories(), note);
  }

  @Override
  public String toString() {
    return isOpenToEveryone() ? "everyone" : getCategories().toString();
  }
}
