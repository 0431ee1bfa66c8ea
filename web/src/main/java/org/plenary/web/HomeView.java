package org.plenary.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.plenary.agenda.meetings.application.MeetingCatalog;
import org.plenary.agenda.meetings.application.MeetingSummary;
import org.plenary.core.shared.SortColumn;
import org.plenary.web.meetings.MeetingView;

/** The home page (/index.xhtml): the platform in a few words and the published meetings. */
@Named
@ViewScoped
public class HomeView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject MeetingCatalog catalog;

  private String when = "";
  private SortedList<MeetingSummary, MeetingCatalog.Filter, MeetingCatalog.Sort> meetings;

  /**
   * Published meetings, filtered, sorted and paged in the database as their published agendas have
   * them: the meeting column's filter looks in titles, themes, cities and side meetings' titles,
   * upcoming or past is chosen above the table, and with no column sorted the meetings to come come
   * first, the soonest first, then the past ones, the latest first.
   */
  public SortedList<MeetingSummary, MeetingCatalog.Filter, MeetingCatalog.Sort> getMeetings() {
    if (meetings == null) {
      MeetingCatalog service = catalog;
      meetings =
          new SortedList<>(
              filterBy ->
                  new MeetingCatalog.Filter(
                      LazyTables.filterText(filterBy, "title"),
                      when.isBlank() ? null : MeetingCatalog.When.valueOf(when)),
              service::page,
              service::count,
              MeetingSummary::getSlug,
              new SortColumn.Order<>(MeetingCatalog.Sort.NEXT, true));
    }
    return meetings;
  }

  /** Upcoming or past meetings, as chosen above the table ("" for all). */
  public String getWhen() {
    return when;
  }

  public void setWhen(String when) {
    this.when = when == null ? "" : when;
  }

  public List<MeetingCatalog.When> getWhens() {
    return List.of(MeetingCatalog.When.values());
  }

  /** The language meeting titles and themes are written in, for their {@code lang} attribute. */
  public String getContentLanguage() {
    return MeetingView.CONTENT_LANGUAGE;
  }
}
