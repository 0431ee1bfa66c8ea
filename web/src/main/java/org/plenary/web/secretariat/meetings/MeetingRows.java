package org.plenary.web.secretariat.meetings;

import java.util.List;
import java.util.Map;
import org.plenary.agenda.meetings.application.PlannedMeeting;
import org.plenary.agenda.meetings.application.PlannedMeetings;
import org.plenary.agenda.meetings.application.PlannedMeetings.Filter;
import org.plenary.agenda.meetings.application.PlannedMeetings.Sort;
import org.plenary.agenda.meetings.domain.AgendaStatus;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

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
    SortMeta sort = sortBy == null ? null : sortBy.values().stream().findFirst().orElse(null);
    return meetings.page(
        filter(filterBy),
        sort == null ? Sort.START_DATE : sort(sort.getField()),
        sort != null && sort.getOrder() != SortOrder.DESCENDING,
        first,
        pageSize);
  }

  @Override
  public String getRowKey(PlannedMeeting meeting) {
    return meeting.getSlug();
  }

  static Sort sort(String field) {
    return switch (field) {
      case "title" -> Sort.TITLE;
      case "city" -> Sort.CITY;
      case "status" -> Sort.STATUS;
      default -> Sort.START_DATE;
    };
  }

  private Filter filter(Map<String, FilterMeta> filterBy) {
    FilterMeta title = filterBy == null ? null : filterBy.get("title");
    Object text = title == null ? null : title.getFilterValue();
    return new Filter(
        text == null ? null : text.toString(),
        status.isBlank() ? null : AgendaStatus.valueOf(status));
  }
}
