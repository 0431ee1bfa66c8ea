package org.plenary.agenda.registrations.domain;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a person asks for when registering: days, side meetings (by id), the social event, needs,
 * and whether they come in person.
 */
public record Choices(
    Set<LocalDate> days,
    Set<String> sideMeetings,
    boolean socialEvent,
    String dietaryNeeds,
    String accessibilityNeeds,
    Attendance attendance) {
  public Choices {
    days = days == null ? Set.of() : new TreeSet<>(days);
    sideMeetings = sideMeetings == null ? Set.of() : new TreeSet<>(sideMeetings);
    dietaryNeeds = blankToNull(dietaryNeeds);
    accessibilityNeeds = blankToNull(accessibilityNeeds);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
