package org.plenary.web.secretariat.registrations;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import org.plenary.agenda.registrations.application.DeskRow;
import org.plenary.agenda.registrations.application.RegistrationDesk;
import org.plenary.agenda.registrations.application.RegistrationPeriod;
import org.plenary.agenda.registrations.application.Registrations;
import org.plenary.agenda.registrations.application.SocialEventStatus;
import org.plenary.agenda.registrations.domain.Attendance;
import org.plenary.agenda.registrations.domain.RegistrationRefused;
import org.plenary.agenda.registrations.domain.RegistrationStatus;
import org.plenary.core.shared.NotFoundException;
import org.plenary.web.Messages;
import org.plenary.web.i18n.DateTimes;

/**
 * The registration desk of a meeting (/secretariat/registrations/list.xhtml?meeting=…): counts per
 * status, the lazy table, approve, decline with a reason (mailed) and cancel after a question, the
 * CSV and XLSX exports and the badges, the social event's seats, and the last day to register.
 */
@Named
@ViewScoped
public class RegistrationDeskView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject RegistrationDesk desk;
  @Inject Registrations registrations;
  @Inject Messages messages;
  @Inject DateTimes dates;
  @Inject FacesContext faces;
  @Inject ExternalContext external;

  private String meetingId;
  private String title;
  private DeskRows rows;
  private Map<RegistrationStatus, Long> counts;
  private DeskRow selected;
  private String reason;
  private SocialEventStatus socialEvent;
  private Integer seats;
  private RegistrationPeriod period;
  private LocalDate closesOn;

  public void load() throws IOException {
    if (title != null) {
      return;
    }
    if (meetingId == null || meetingId.isBlank()) {
      meetingId = null; // no meeting named: the page lets the secretariat choose one
      return;
    }
    try {
      title = desk.meetingTitle(meetingId);
    } catch (NotFoundException unknown) {
      title = null;
    }
    if (title == null) {
      external.responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
      faces.responseComplete();
      return;
    }
    rows = new DeskRows(desk, meetingId);
    counts = desk.counts(meetingId);
    socialEvent = socialEventOrNull();
    seats = socialEvent == null ? null : socialEvent.capacity();
    period = registrations.period(meetingId);
    closesOn = period.closesOn();
  }

  private SocialEventStatus socialEventOrNull() {
    try {
      return registrations.socialEvent(meetingId);
    } catch (NotFoundException notOpen) {
      return null; // no seats set yet: delegates cannot ask for one
    }
  }

  /**
   * Sets the social event's seats (opening it to requests the first time): more seats go to the
   * waiting list at once, fewer take no seat from anyone.
   */
  public void saveSeats() {
    if (seats == null) {
      messages.error("deskForm:seats", "secretariat.desk.seatsRequired");
      return;
    }
    try {
      socialEvent = registrations.setSocialEventCapacity(meetingId, seats);
      messages.info(
          "secretariat.desk.seatsSaved",
          socialEvent.capacity(),
          socialEvent.taken(),
          socialEvent.waiting());
      counts = desk.counts(meetingId);
    } catch (RegistrationRefused refused) {
      messages.error("deskForm:seats", "secretariat.desk.rule." + refused.rule().name());
    }
  }

  /**
   * Sets the last day to register or change a registration; an empty field removes the deadline
   * (registration stays open).
   */
  public void saveDeadline() {
    try {
      period = registrations.closeRegistrationOn(meetingId, closesOn);
      if (period.closesOn() == null) {
        messages.info("secretariat.desk.deadlineRemoved");
      } else {
        messages.info("secretariat.desk.deadlineSaved", getClosesOnText());
      }
    } catch (RegistrationRefused refused) {
      messages.error("deskForm:closesOn", "secretariat.desk.rule." + refused.rule().name());
    }
  }

  /** When registration closes and whether it is open now. */
  public RegistrationPeriod getPeriod() {
    return period;
  }

  /** The deadline in words; null without one. */
  public String getClosesOnText() {
    return period == null || period.closesOn() == null ? null : dates.day(period.closesOn());
  }

  public LocalDate getClosesOn() {
    return closesOn;
  }

  public void setClosesOn(LocalDate closesOn) {
    this.closesOn = closesOn;
  }

  /** The social event's seats, taken seats and waiting list; null before any seats are set. */
  public SocialEventStatus getSocialEvent() {
    return socialEvent;
  }

  public Integer getSeats() {
    return seats;
  }

  public void setSeats(Integer seats) {
    this.seats = seats;
  }

  public void approve(DeskRow row) {
    decide(row, () -> desk.approve(meetingId, row.id()), "secretariat.desk.approved");
  }

  public void startDecline(DeskRow row) {
    selected = row;
    reason = null;
  }

  public void startCancel(DeskRow row) {
    selected = row;
  }

  /** Declines the selected registration; without a reason, says so beside the field. */
  public void decline() {
    if (selected == null) {
      return;
    }
    if (reason == null || reason.isBlank()) {
      messages.error("declineForm:reason", "secretariat.desk.reasonRequired");
      return;
    }
    DeskRow row = selected;
    decide(row, () -> desk.decline(meetingId, row.id(), reason), "secretariat.desk.declined");
    selected = null;
  }

  public void cancel() {
    if (selected == null) {
      return;
    }
    DeskRow row = selected;
    decide(row, () -> desk.cancel(meetingId, row.id()), "secretariat.desk.cancelled");
    selected = null;
  }

  private void decide(DeskRow row, Runnable decision, String done) {
    try {
      decision.run();
      messages.info(done, row.name());
    } catch (RegistrationRefused refused) {
      messages.error(null, "secretariat.desk.rule." + refused.rule().name());
    } catch (NotFoundException gone) {
      messages.error(null, "secretariat.desk.gone", row.name());
    }
    counts = desk.counts(meetingId);
  }

  /** The status chosen above the table ("" for any). */
  public String getStatus() {
    return rows == null ? "" : rows.status;
  }

  public void setStatus(String status) {
    if (rows != null) {
      rows.status = status == null ? "" : status;
    }
  }

  /** The attendance chosen above the table ("" for any). */
  public String getAttendance() {
    return rows == null ? "" : rows.attendance;
  }

  public void setAttendance(String attendance) {
    if (rows != null) {
      rows.attendance = attendance == null ? "" : attendance;
    }
  }

  public RegistrationStatus[] getStatuses() {
    return RegistrationStatus.values();
  }

  public Attendance[] getAttendances() {
    return Attendance.values();
  }

  public String getMeetingId() {
    return meetingId;
  }

  public void setMeetingId(String meetingId) {
    this.meetingId = meetingId;
  }

  public String getTitle() {
    return title;
  }

  public DeskRows getRows() {
    return rows;
  }

  public Map<RegistrationStatus, Long> getCounts() {
    return counts;
  }

  public DeskRow getSelected() {
    return selected;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
