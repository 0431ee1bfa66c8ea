package org.plenary.web.secretariat.registrations;

import java.util.List;
import java.util.Map;
import org.plenary.agenda.registrations.application.DeskRow;
import org.plenary.agenda.registrations.application.RegistrationDesk;
import org.plenary.agenda.registrations.application.RegistrationDesk.Filter;
import org.plenary.agenda.registrations.application.RegistrationDesk.Sort;
import org.plenary.agenda.registrations.domain.Attendance;
import org.plenary.agenda.registrations.domain.RegistrationStatus;
import org.plenary.core.shared.SortColumn;
import org.plenary.web.LazyTables;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A meeting's registrations as the desk's table pages through them, filtered and sorted in the
 * database. The table's column fields are the names the filters and the sort arrive under.
 */
class DeskRows extends LazyDataModel<DeskRow> {
  private static final long serialVersionUID = 1L;

  private final RegistrationDesk desk;
  private final String meetingId;

  /** Chosen outside the table ("" for any): the status and the attendance. */
  String status = "";

  String attendance = "";

  DeskRows(RegistrationDesk desk, String meetingId) {
    this.desk = desk;
    this.meetingId = meetingId;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int)
        Math.min(
            Integer.MAX_VALUE, desk.page(meetingId, filter(filterBy), null, true, 0, 1).total());
  }

  @Override
  public List<DeskRow> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    SortColumn.Order<Sort> order = LazyTables.order(sortBy, Sort.class, Sort.NAME, true);
    return desk.page(
            meetingId, filter(filterBy), order.column(), order.ascending(), first, pageSize)
        .rows();
  }

  @Override
  public String getRowKey(DeskRow row) {
    return String.valueOf(row.id());
  }

  Filter filter(Map<String, FilterMeta> filterBy) {
    return new Filter(
        LazyTables.filterText(filterBy, "name"),
        LazyTables.filterText(filterBy, "organisation"),
        LazyTables.filterText(filterBy, "country"),
        status.isBlank() ? null : RegistrationStatus.valueOf(status),
        attendance.isBlank() ? null : Attendance.valueOf(attendance));
  }
}
