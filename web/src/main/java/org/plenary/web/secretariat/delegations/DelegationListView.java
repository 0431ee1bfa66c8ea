package org.plenary.web.secretariat.delegations;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.plenary.agenda.delegations.application.DelegationDetails;
import org.plenary.agenda.delegations.application.Delegations;
import org.plenary.core.shared.NotFoundException;
import org.plenary.core.shared.SortColumn;
import org.plenary.web.LazyTables;
import org.plenary.web.QueryString;
import org.plenary.web.SortedList;

/**
 * Every delegation to a meeting as a unit (/secretariat/delegations/list.xhtml?meeting=…): its
 * head, how many people and how many of them registered; each opens the delegation's page. Filtered
 * (words of the organisation, its country or a person in it), sorted and paged in the database.
 */
@Named
@ViewScoped
public class DelegationListView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Delegations delegations;
  @Inject FacesContext faces;
  @Inject ExternalContext external;

  private String meetingId;
  private String meetingTitle;
  private SortedList<DelegationDetails, Delegations.Filter, Delegations.Sort> list;

  public void load() throws IOException {
    if (faces.isPostback()) {
      return;
    }
    try {
      meetingTitle =
          meetingId == null || meetingId.isBlank() ? null : delegations.meetingTitle(meetingId);
    } catch (NotFoundException unknown) {
      meetingTitle = null;
    }
    if (meetingTitle == null) {
      external.responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
      faces.responseComplete();
    }
  }

  public String getMeetingTitle() {
    return meetingTitle;
  }

  public String getMeetingId() {
    return meetingId;
  }

  public void setMeetingId(String meetingId) {
    this.meetingId = meetingId;
  }

  /** The CSV of the delegations the table shows (its filter and order), a line per person. */
  public String getExportUrl() {
    Delegations.Filter shown = getDelegations().shownFilter();
    return external.getRequestContextPath()
        + "/api/meetings/"
        + URLEncoder.encode(meetingId, StandardCharsets.UTF_8)
        + "/delegations/export.csv"
        + new QueryString()
            .add("q", shown == null ? null : shown.text())
            .add("sort", getDelegations().shownSort());
  }

  /**
   * The delegations, a page at a time: the organisation column's filter looks in organisations,
   * country codes and people's names; with no column sorted, by organisation.
   */
  public SortedList<DelegationDetails, Delegations.Filter, Delegations.Sort> getDelegations() {
    if (list == null) {
      Delegations service = delegations;
      String meeting = meetingId;
      list =
          new SortedList<>(
              filterBy -> new Delegations.Filter(LazyTables.filterText(filterBy, "organisation")),
              (filter, sort, ascending, first, size) ->
                  service.page(meeting, filter, sort, ascending, first, size),
              filter -> service.count(meeting, filter),
              DelegationDetails::organisation,
              new SortColumn.Order<>(Delegations.Sort.ORGANISATION, true));
    }
    return list;
  }
}
