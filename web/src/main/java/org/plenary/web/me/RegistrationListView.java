package org.plenary.web.me;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.plenary.agenda.registrations.application.RegistrationDetails;
import org.plenary.agenda.registrations.application.Registrations;
import org.plenary.core.shared.NotFoundException;
import org.plenary.web.Messages;
import org.plenary.web.groups.PagedList;
import org.primefaces.model.LazyDataModel;

/**
 * The signed-in person's registrations (/me/registrations.xhtml): status, place on the social
 * event's waiting list, the calendar file of the registered days, and cancelling after a question.
 * The table is lazy: each page is read from the database.
 */
@Named
@ViewScoped
public class RegistrationListView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Registrations registrations;
  @Inject Messages messages;

  private LazyDataModel<Row> rows;
  private Row cancelling;

  /** One registration as the table shows it. */
  public static final class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String meetingId;
    private final String meetingTitle;
    private final String status;
    private final String days;
    private final String attendance;
    private final String socialEvent;
    private final boolean changeable;

    Row(RegistrationDetails details, Messages messages) {
      this.meetingId = details.meetingId();
      this.meetingTitle = details.meetingTitle();
      this.status = messages.text("me.registrations.status." + details.status().name());
      this.days = String.join(", ", details.days().stream().map(Object::toString).toList());
      this.attendance = messages.text("me.register.attendance." + details.attendance().name());
      this.socialEvent = RegistrationListView.socialEvent(messages, details);
      this.changeable = details.changeable();
    }

    public String getMeetingId() {
      return meetingId;
    }

    public String getMeetingTitle() {
      return meetingTitle;
    }

    /** Where the registration stands at the desk: submitted, approved or declined. */
    public String getStatus() {
      return status;
    }

    public String getDays() {
      return days;
    }

    public String getAttendance() {
      return attendance;
    }

    public String getSocialEvent() {
      return socialEvent;
    }

    /** Whether its participant may still change it (open, and the desk did not decline it). */
    public boolean isChangeable() {
      return changeable;
    }
  }

  static String socialEvent(Messages messages, RegistrationDetails details) {
    String key = "me.registrations.socialEvent." + details.socialEvent().name();
    return details.waitingPosition() == null
        ? messages.text(key)
        : messages.text(key, details.waitingPosition());
  }

  public LazyDataModel<Row> getRows() {
    if (rows == null) {
      Registrations service = registrations;
      Messages texts = messages;
      rows =
          new PagedList<>(
              (first, size) ->
                  service.mine(first, size).stream().map(r -> new Row(r, texts)).toList(),
              service::countMine,
              Row::getMeetingId);
    }
    return rows;
  }

  public void startCancel(Row row) {
    cancelling = row;
  }

  public void cancel() {
    if (cancelling == null) {
      return;
    }
    try {
      registrations.cancel(cancelling.getMeetingId());
      messages.info("me.registrations.cancelled", cancelling.getMeetingTitle());
    } catch (NotFoundException gone) {
      messages.info("me.registrations.cancelled", cancelling.getMeetingTitle());
    }
    cancelling = null;
    rows = null;
  }

  public Row getCancelling() {
    return cancelling;
  }
}
