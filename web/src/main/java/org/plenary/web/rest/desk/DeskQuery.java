package org.plenary.web.rest.desk;

import java.util.Locale;
import org.plenary.agenda.registrations.application.RegistrationDesk.Filter;
import org.plenary.agenda.registrations.application.RegistrationDesk.Sort;
import org.plenary.agenda.registrations.domain.Attendance;
import org.plenary.agenda.registrations.domain.RegistrationStatus;
import org.plenary.web.rest.InvalidRequest;

/**
 * The desk's query parameters, checked in code (Bean Validation on query parameters breaks Payara's
 * OpenAPI generator): {@code status}, {@code attendance}, and {@code sort} as a column name, with a
 * leading "-" for descending ({@code -registeredAt}).
 */
public record DeskQuery(Filter filter, Sort sort, boolean ascending) {
  public static DeskQuery of(
      String status,
      String q,
      String organisation,
      String country,
      String attendance,
      String sort) {
    Filter filter =
        new Filter(
            q,
            organisation,
            country,
            parse(RegistrationStatus.class, "status", status),
            parse(Attendance.class, "attendance", attendance));
    boolean ascending = sort == null || !sort.startsWith("-");
    String column = sort == null ? "name" : sort.replaceFirst("^[-+]", "");
    Sort by =
        switch (column) {
          case "name" -> Sort.NAME;
          case "organisation" -> Sort.ORGANISATION;
          case "country" -> Sort.COUNTRY;
          case "status" -> Sort.STATUS;
          case "attendance" -> Sort.ATTENDANCE;
          case "registeredAt" -> Sort.REGISTERED_AT;
          default ->
              throw new InvalidRequest(
                  "sort",
                  "must be one of name, organisation, country, status, attendance, registeredAt"
                      + " (with - before it for descending)");
        };
    return new DeskQuery(filter, by, ascending);
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      StringBuilder names = new StringBuilder();
      for (E constant : type.getEnumConstants()) {
        names.append(names.isEmpty() ? "" : ", ").append(constant.name());
      }
      throw new InvalidRequest(field, "must be one of " + names);
    }
  }
}
