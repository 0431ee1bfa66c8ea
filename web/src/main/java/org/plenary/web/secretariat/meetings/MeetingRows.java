package org.plenary.web.secretariat.meetings;

import java.util.List;
import java.util.Map;
import org.plenary.agenda.meetings.application.PlannedMeeting;
import org.plenary.agenda.meetings.application.PlannedMeetings;
import org.plenary.agenda.meetings.application.PlannedMeetings.Filter;
import org.plenary.agenda.meetings.application.PlannedMeetings.Sort;
import org.plenary.agenda.meetings.domain.AgendaStatus;
import org.plenary.core.shared.SortColumn;
import org.plenary.web.LazyTables;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The planned meetings as the data table pages through them, filtered and sorted in the database:
 * the title column's filter looks in titles, addresses and cities, the status is chosen above the
 * table, and with no column sorted the latest meetings come first.
 */
class MeetingRows extends LazyDataModel<PlannedMeeting> {
  private static final long serialVersionUID = 1L;

  private final PlannedMeetings meetings;

  /** The agenda status chosen above the table ("" for any). */
  String status = "";

  MeetingRows(PlannedMeetings meetings) {
    this.meetings = meetings;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, meetings.count(filter(filterBy)));
  }

  @Override
  public List<PlannedMeeting> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    SortColumn.Order<Sort> order = LazyTables.order(sortBy, Sort.class, Sort.START_DATE, false);
    return meetings.page(filter(filterBy), order.column(), order.ascending(), first, pageSize);
  }

  @Override
  public String getRowKey(PlannedMeeting meeting) {
    return meeting.getSlug();
  }

  private Filter filter(Map<String, FilterMeta> filterBy) {
    return new Filter(
        LazyTables.filterText(filterBy, "title"),
        status.isBlank() ? null : AgendaStatus.valueOf(status));
  }
}
