package org.plenary.web.me;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.plenary.agenda.registrations.application.RegistrationDetails;
import org.plenary.agenda.registrations.application.Registrations;
import org.plenary.core.shared.NotFoundException;
import org.plenary.web.Messages;

/**
 * The signed-in person's registrations (/me/registrations.xhtml): status, place on the social
 * event's waiting list, the calendar file of the registered days, and cancelling after a question.
 * A person's own registrations are few, so the table holds them all.
 */
@Named
@ViewScoped
public class RegistrationListView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Registrations registrations;
  @Inject Messages messages;

  private List<Row> rows;
  private Row cancelling;

  /** One registration as the table shows it. */
  public static final class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String meetingId;
    private final String meetingTitle;
    private final String days;
    private final String attendance;
    private final String socialEvent;

    Row(RegistrationDetails details, Messages messages) {
      this.meetingId = details.meetingId();
      this.meetingTitle = details.meetingTitle();
      this.days = String.join(", ", details.days().stream().map(Object::toString).toList());
      this.attendance = messages.text("me.register.attendance." + details.attendance().name());
      this.socialEvent = RegistrationListView.socialEvent(messages, details);
    }

    public String getMeetingId() {
      return meetingId;
    }

    public String getMeetingTitle() {
      return meetingTitle;
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
  }

  static String socialEvent(Messages messages, RegistrationDetails details) {
    String key = "me.registrations.socialEvent." + details.socialEvent().name();
    return details.waitingPosition() == null
        ? messages.text(key)
        : messages.text(key, details.waitingPosition());
  }

  public List<Row> getRows() {
    if (rows == null) {
      rows = registrations.mine().stream().map(r -> new Row(r, messages)).toList();
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
