package org.plenary.web.secretariat.meetings;

import java.util.List;
import java.util.Map;
import org.plenary.agenda.meetings.application.PlannedMeeting;
import org.plenary.agenda.meetings.application.PlannedMeetings;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The planned meetings as the data table pages through them, a page per query. */
class MeetingRows extends LazyDataModel<PlannedMeeting> {
  private static final long serialVersionUID = 1L;

  private final PlannedMeetings meetings;

  MeetingRows(PlannedMeetings meetings) {
    this.meetings = meetings;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, meetings.count());
  }

  @Override
  public List<PlannedMeeting> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return meetings.page(first, pageSize);
  }

  @Override
  public String getRowKey(PlannedMeeting meeting) {
    return meeting.getSlug();
  }
}
