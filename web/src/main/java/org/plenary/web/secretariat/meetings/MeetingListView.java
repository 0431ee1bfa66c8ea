package org.plenary.web.secretariat.meetings;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.plenary.agenda.meetings.application.AgendaEditing;
import org.plenary.agenda.meetings.application.Edit;
import org.plenary.agenda.meetings.application.MeetingChangedMeanwhile;
import org.plenary.agenda.meetings.application.PlannedMeeting;
import org.plenary.agenda.meetings.application.PlannedMeetings;
import org.plenary.agenda.meetings.domain.AgendaRuleViolation;
import org.plenary.agenda.meetings.domain.AgendaStatus;
import org.plenary.core.shared.SortColumn;
import org.plenary.web.LazyTables;
import org.plenary.web.SortedList;
import org.plenary.web.i18n.Language;
import org.plenary.web.i18n.Texts;
import org.primefaces.PrimeFaces;

/**
 * The secretariat's meetings (/secretariat/meetings/list.xhtml): every meeting, drafts and
 * published, paged in the database; a new meeting is planned in a dialog and then edited; a meeting
 * is deleted after confirmation.
 */
@Named
@ViewScoped
public class MeetingListView implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String NEW_FORM = "newMeetingForm";
  private static final String LIST_MESSAGES = "meetingsForm:listMessages";

  @Inject PlannedMeetings plannedMeetings;
  @Inject AgendaEditing editing;
  @Inject Language language;

  private String status = "";
  private SortedList<PlannedMeeting, PlannedMeetings.Filter, PlannedMeetings.Sort> meetings;
  private MeetingForm newMeeting = new MeetingForm();

  /**
   * The meetings, filtered and sorted in the database: the title column's filter looks in titles,
   * addresses and cities, the status is chosen above the table, and with no column sorted the
   * latest meetings come first.
   */
  public SortedList<PlannedMeeting, PlannedMeetings.Filter, PlannedMeetings.Sort> getMeetings() {
    if (meetings == null) {
      PlannedMeetings service = plannedMeetings;
      meetings =
          new SortedList<>(
              filterBy ->
                  new PlannedMeetings.Filter(
                      LazyTables.filterText(filterBy, "title"),
                      status.isBlank() ? null : AgendaStatus.valueOf(status)),
              service::page,
              service::count,
              PlannedMeeting::getSlug,
              new SortColumn.Order<>(PlannedMeetings.Sort.START_DATE, false));
    }
    return meetings;
  }

  /** The agenda status chosen above the table ("" for any). */
  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status == null ? "" : status;
  }

  public List<AgendaStatus> getStatuses() {
    return List.of(AgendaStatus.values());
  }

  public MeetingForm getNewMeeting() {
    return newMeeting;
  }

  /** Opens an empty form for a new meeting. */
  public void startNew() {
    newMeeting = new MeetingForm();
  }

  /** Plans the new draft meeting and goes on to its editor. */
  public String create() {
    try {
      Edit edit = editing.createMeeting(newMeeting.toPlan(), newMeeting.getGroup());
      return "/secretariat/meetings/edit.xhtml?faces-redirect=true&slug=" + edit.slug();
    } catch (AgendaRuleViolation e) {
      complaints()
          .ruleBroken(
              e,
              Map.of(
                  "slug", NEW_FORM + ":slug",
                  "startDate", NEW_FORM + ":startDate",
                  "endDate", NEW_FORM + ":endDate",
                  "timeZone", NEW_FORM + ":timeZone",
                  "group", NEW_FORM + ":group"),
              NEW_FORM + ":newMeetingMessages");
    } catch (ConstraintViolationException e) {
      complaints().invalid(e, NEW_FORM + ":newMeetingMessages");
    }
    return null;
  }

  /** Deletes the meeting with everything it has, unless someone changed it meanwhile. */
  public void delete(PlannedMeeting meeting) {
    try {
      editing.deleteMeeting(meeting.getSlug(), meeting.getVersion());
      complaints()
          .info(
              LIST_MESSAGES,
              Texts.text("planning.list.deleted", language.getLocale(), meeting.getTitle()));
    } catch (AgendaRuleViolation e) {
      complaints().ruleBroken(e, Map.of(), LIST_MESSAGES);
    } catch (MeetingChangedMeanwhile e) {
      complaints().changedMeanwhile(LIST_MESSAGES);
    }
    PrimeFaces.current().ajax().update(LIST_MESSAGES);
  }

  private Complaints complaints() {
    return new Complaints(FacesContext.getCurrentInstance(), language.getLocale());
  }
}
