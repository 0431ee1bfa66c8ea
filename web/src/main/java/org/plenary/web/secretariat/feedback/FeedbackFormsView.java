package org.plenary.web.secretariat.feedback;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import org.plenary.agenda.feedback.application.FeedbackForms;
import org.plenary.agenda.feedback.application.FormSummary;
import org.plenary.agenda.meetings.application.MeetingCatalog;
import org.plenary.agenda.meetings.domain.Meeting;
import org.primefaces.model.LazyDataModel;

/**
 * A meeting's feedback forms (/secretariat/feedback/forms.xhtml?meeting=): the standard
 * satisfaction set and the forms on drafts and topics, with their answers counted.
 */
@Named
@ViewScoped
public class FeedbackFormsView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject FeedbackForms forms;
  @Inject MeetingCatalog catalog;
  @Inject FacesContext faces;
  @Inject ExternalContext external;

  private String meeting;
  private String meetingTitle;
  private LazyDataModel<FormSummary> list;

  public void load() throws IOException {
    if (faces.isPostback()) {
      return;
    }
    Meeting found = catalog.findPublished(meeting).orElse(null);
    if (found == null) {
      external.responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
      faces.responseComplete();
      return;
    }
    meetingTitle = found.getTitle();
  }

  public LazyDataModel<FormSummary> getList() {
    if (list == null) {
      list = new FormSummaries(forms, meeting);
    }
    return list;
  }

  public String getMeeting() {
    return meeting;
  }

  public void setMeeting(String meeting) {
    this.meeting = meeting;
  }

  public String getMeetingTitle() {
    return meetingTitle;
  }
}
