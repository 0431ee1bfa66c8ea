package org.plenary.web.me.feedback;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.plenary.agenda.feedback.application.FeedbackForms;
import org.plenary.agenda.feedback.application.MySessions;
import org.plenary.agenda.feedback.application.SessionEvaluations;
import org.plenary.agenda.feedback.domain.FeedbackRefused;
import org.plenary.agenda.meetings.application.MeetingCatalog;
import org.plenary.agenda.meetings.application.MeetingSummary;
import org.plenary.agenda.registrations.application.RegistrationDetails;
import org.plenary.agenda.registrations.application.Registrations;
import org.plenary.core.security.domain.Roles;
import org.plenary.core.shared.NotFoundException;
import org.plenary.core.shared.SortColumn;
import org.plenary.web.LazyTables;
import org.plenary.web.SortedList;
import org.plenary.web.groups.PagedList;
import org.plenary.web.i18n.FeedbackMessages;

/**
 * A delegate's feedback on a meeting (/me/feedback.xhtml?meeting=...): every session of the
 * published agenda to rate, comment and, when open, answer its key questions; then the meeting's
 * open (and closed) forms, the standard satisfaction set first. Each session and form is its own
 * small form, saved on its own.
 */
@Named
@ViewScoped
public class FeedbackView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject SessionEvaluations evaluations;
  @Inject FeedbackForms forms;
  @Inject Registrations registrations;
  @Inject MeetingCatalog catalog;
  @Inject FacesContext faces;
  @Inject ExternalContext external;

  private String meeting;
  private PagedList<RegistrationDetails> myMeetings;
  private SortedList<MeetingSummary, MeetingCatalog.Filter, MeetingCatalog.Sort> publishedMeetings;
  private String meetingTitle;
  private boolean registered;
  private List<SessionInput> sessions = List.of();
  private List<FormInput> formInputs = List.of();

  /**
   * Loads the meeting's sessions and forms; an unknown or unpublished meeting is not found. Without
   * a meeting, the page lists the meetings the caller is registered for (and for the secretariat,
   * the published meetings whose results it can read), a page at a time.
   */
  public void load() throws IOException {
    if (faces.isPostback()) {
      return;
    }
    if (meeting == null || meeting.isBlank()) {
      return;
    }
    try {
      MySessions mine = evaluations.mine(meeting == null ? "" : meeting);
      meetingTitle = mine.meetingTitle();
      registered = mine.registered();
      sessions = mine.sessions().stream().map(SessionInput::new).toList();
      formInputs = forms.mine(meeting).stream().map(FormInput::new).toList();
    } catch (NotFoundException notFound) {
      external.responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
      faces.responseComplete();
    }
  }

  /** Saves the delegate's evaluation of one session. */
  public void saveSession(SessionInput session, String formClientId) {
    try {
      session.refresh(
          evaluations.evaluate(meeting, session.getSheet().itemKey(), session.feedback()));
      FeedbackMessages.info(faces, formClientId, "feedback.saved");
    } catch (FeedbackRefused refused) {
      FeedbackMessages.refused(faces, formClientId, refused);
    }
  }

  /** Saves the delegate's response to one form. */
  public void saveForm(FormInput form, String formClientId) {
    try {
      form.refresh(forms.respond(form.getSheet().form().id(), form.answers()));
      FeedbackMessages.info(faces, formClientId, "feedback.saved");
    } catch (FeedbackRefused refused) {
      FeedbackMessages.refused(faces, formClientId, refused);
    }
  }

  /** The rating scale, 1 to 5. */
  public List<Integer> getScale() {
    return List.of(1, 2, 3, 4, 5);
  }

  /** Whether a meeting was chosen; if not, the page lists meetings to choose from. */
  public boolean isChosen() {
    return meeting != null && !meeting.isBlank();
  }

  /** The meetings the caller is registered for, in the order of My registrations, paged. */
  public PagedList<RegistrationDetails> getMyMeetings() {
    if (myMeetings == null) {
      Registrations service = registrations;
      myMeetings =
          new PagedList<>(service::mine, service::countMine, RegistrationDetails::meetingId);
    }
    return myMeetings;
  }

  /**
   * For the secretariat, every published meeting, to reach its results and forms: the meetings to
   * come first, then the latest past ones, filtered by words of the title, theme, city or side
   * meetings, sorted and paged in the database as on the home page.
   */
  public SortedList<MeetingSummary, MeetingCatalog.Filter, MeetingCatalog.Sort>
      getPublishedMeetings() {
    if (publishedMeetings == null) {
      MeetingCatalog service = catalog;
      publishedMeetings =
          new SortedList<>(
              filterBy -> new MeetingCatalog.Filter(LazyTables.filterText(filterBy, "title"), null),
              service::page,
              service::count,
              MeetingSummary::getSlug,
              new SortColumn.Order<>(MeetingCatalog.Sort.NEXT, true));
    }
    return publishedMeetings;
  }

  /** Whether the caller is of the secretariat, who reads every meeting's results. */
  public boolean isSecretariat() {
    return external.isUserInRole(Roles.SECRETARIAT);
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

  public boolean isRegistered() {
    return registered;
  }

  public List<SessionInput> getSessions() {
    return sessions;
  }

  public List<FormInput> getForms() {
    return formInputs;
  }
}
