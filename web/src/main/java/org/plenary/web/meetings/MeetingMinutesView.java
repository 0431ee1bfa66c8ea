package org.plenary.web.meetings;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.plenary.agenda.outcomes.application.ApprovedMinutes;
import org.plenary.agenda.outcomes.application.CorrectionView;
import org.plenary.agenda.outcomes.application.MinutesApproval;
import org.plenary.core.shared.NotFoundException;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A meeting's approved minutes for everyone (/meetings/minutes.xhtml?meeting=…[&amp;version=n]):
 * every item's frozen record, the other approved versions, the PDF, and the corrections log paged.
 * A meeting without approved minutes (or without that version) is "not found".
 */
@Named
@ViewScoped
public class MeetingMinutesView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject MinutesApproval approval;
  @Inject FacesContext faces;
  @Inject ExternalContext external;

  private String meeting;
  private Integer version;
  private ApprovedMinutes minutes;
  private Log log;

  /** The corrections log as the table pages through it, from the database. */
  static final class Log extends LazyDataModel<CorrectionView> {
    private static final long serialVersionUID = 1L;
    private final MinutesApproval approval;
    private final String meeting;
    private final int version;

    Log(MinutesApproval approval, String meeting, int version) {
      this.approval = approval;
      this.meeting = meeting;
      this.version = version;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) approval.logSize(meeting, version);
    }

    @Override
    public List<CorrectionView> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return approval.log(meeting, version, first, pageSize);
    }

    @Override
    public String getRowKey(CorrectionView row) {
      return Integer.toString(row.number());
    }
  }

  public void load() throws IOException {
    if (minutes != null) {
      return;
    }
    try {
      minutes = approval.approvedWithoutLog(meeting == null ? "" : meeting, version);
      log = new Log(approval, minutes.meetingId(), minutes.version());
    } catch (NotFoundException notFound) {
      external.responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
      faces.responseComplete();
    }
  }

  public ApprovedMinutes getMinutes() {
    return minutes;
  }

  public Log getLog() {
    return log;
  }

  public String getMeeting() {
    return meeting;
  }

  public void setMeeting(String meeting) {
    this.meeting = meeting;
  }

  public Integer getVersion() {
    return version;
  }

  public void setVersion(Integer version) {
    this.version = version;
  }
}
