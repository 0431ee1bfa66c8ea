package org.plenary.web.secretariat.delegations;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.plenary.agenda.delegations.application.DelegationDetails;
import org.plenary.agenda.delegations.application.Delegations;
import org.plenary.core.shared.NotFoundException;

/**
 * Every delegation to a meeting as a unit (/secretariat/delegations/list.xhtml?meeting=…): its
 * head, how many people and how many of them registered; each opens the delegation's page. A
 * meeting has one delegation per country or organisation at most, a few dozen, read in one query.
 */
@Named
@ViewScoped
public class DelegationListView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Delegations delegations;
  @Inject FacesContext faces;
  @Inject ExternalContext external;

  private String meetingId;
  private List<DelegationDetails> list;

  public void load() throws IOException {
    if (list != null) {
      return;
    }
    try {
      list = meetingId == null ? null : delegations.all(meetingId);
    } catch (NotFoundException unknown) {
      list = null;
    }
    if (list == null) {
      external.responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
      faces.responseComplete();
    }
  }

  public String getMeetingTitle() {
    return list == null || list.isEmpty() ? meetingId : list.get(0).meetingTitle();
  }

  public String getMeetingId() {
    return meetingId;
  }

  public void setMeetingId(String meetingId) {
    this.meetingId = meetingId;
  }

  public List<DelegationDetails> getDelegations() {
    return list;
  }
}
