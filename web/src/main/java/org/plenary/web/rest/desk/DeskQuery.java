package org.plenary.web.rest.desk;

import org.plenary.agenda.registrations.application.RegistrationDesk.Filter;
import org.plenary.agenda.registrations.application.RegistrationDesk.Sort;
import org.plenary.agenda.registrations.domain.Attendance;
import org.plenary.agenda.registrations.domain.RegistrationStatus;
import org.plenary.core.shared.SortColumn;
import org.plenary.web.rest.QueryValues;

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
            QueryValues.constant(RegistrationStatus.class, "status", status),
            QueryValues.constant(Attendance.class, "attendance", attendance));
    SortColumn.Order<Sort> by = QueryValues.sort(Sort.class, sort, Sort.NAME, true);
    return new DeskQuery(filter, by.column(), by.ascending());
  }
}
