package org.plenary.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.plenary.agenda.meetings.application.MeetingCatalog;
import org.plenary.agenda.meetings.application.MeetingSummary;
import org.plenary.web.meetings.MeetingView;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The home page (/index.xhtml): the platform in a few words and the published meetings. */
@Named
@ViewScoped
public class HomeView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject MeetingCatalog catalog;

  private LazyDataModel<MeetingSummary> meetings;

  /** Published meetings, a page at a time from the database, in the catalogue's order. */
  public LazyDataModel<MeetingSummary> getMeetings() {
    if (meetings == null) {
      meetings = new PublishedMeetings(catalog);
    }
    return meetings;
  }

  /** The language meeting titles and themes are written in, for their {@code lang} attribute. */
  public String getContentLanguage() {
    return MeetingView.CONTENT_LANGUAGE;
  }

  static final class PublishedMeetings extends LazyDataModel<MeetingSummary> {
    private static final long serialVersionUID = 1L;
    private final MeetingCatalog catalog;

    PublishedMeetings(MeetingCatalog catalog) {
      this.catalog = catalog;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) Math.min(Integer.MAX_VALUE, catalog.count());
    }

    @Override
    public List<MeetingSummary> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return catalog.page(first, pageSize);
    }

    @Override
    public String getRowKey(MeetingSummary meeting) {
      return meeting.getSlug();
    }
  }
}
