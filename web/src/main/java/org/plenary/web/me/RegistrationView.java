package org.plenary.web.me;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.plenary.agenda.meetings.application.MeetingCatalog;
import org.plenary.agenda.meetings.domain.Meeting;
import org.plenary.agenda.registrations.application.RegistrationDetails;
import org.plenary.agenda.registrations.application.RegistrationPeriod;
import org.plenary.agenda.registrations.application.Registrations;
import org.plenary.agenda.registrations.domain.Attendance;
import org.plenary.agenda.registrations.domain.Choices;
import org.plenary.agenda.registrations.domain.Registration;
import org.plenary.agenda.registrations.domain.RegistrationRefused;
import org.plenary.agenda.registrations.domain.SocialEventPlace;
import org.plenary.core.shared.NotFoundException;
import org.plenary.web.Messages;
import org.plenary.web.i18n.DateTimes;

/**
 * Registering oneself for a published meeting (/me/register.xhtml?meeting=...): days, side
 * meetings, the social event, needs, in person or remote. A refusal says why; after registering the
 * page shows the social event's seat or the place on its waiting list, and the participant may
 * change the registration on the same form.
 */
@Named
@ViewScoped
public class RegistrationView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject MeetingCatalog catalog;
  @Inject Registrations registrations;
  @Inject Messages messages;
  @Inject DateTimes dates;
  @Inject FacesContext faces;
  @Inject ExternalContext external;

  private String meetingId;
  private String title;
  private List<SelectItem> days = List.of();
  private List<SelectItem> sideMeetingChoices = List.of();
  private RegistrationDetails registration;
  private RegistrationPeriod period;
  private boolean editing;

  private List<String> chosenDays = new ArrayList<>();
  private List<String> sideMeetings = new ArrayList<>();
  private boolean socialEvent;
  private boolean listed;

  @Size(max = Registration.MAX_NEEDS)
  private String dietaryNeeds;

  @Size(max = Registration.MAX_NEEDS)
  private String accessibilityNeeds;

  private Attendance attendance;

  /** Reads the meeting; an unknown or unpublished one is "not found". */
  public void load() throws IOException {
    if (title != null) {
      return;
    }
    Optional<Meeting> found =
        meetingId == null ? Optional.empty() : catalog.findPublished(meetingId);
    if (found.isEmpty()) {
      external.responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
      faces.responseComplete();
      return;
    }
    Meeting meeting = found.get();
    title = meeting.getTitle();
    days =
        meeting.getDays().stream()
            .map(
                d ->
                    new SelectItem(
                        d.getDate().toString(), d.getLabel() + ", " + dates.day(d.getDate())))
            .toList();
    sideMeetingChoices =
        meeting.getPublishedSideMeetings().stream()
            .map(m -> new SelectItem(m.getSlug(), m.getTitle()))
            .toList();
    period = registrations.period(meetingId);
    try {
      registration = registrations.mine(meetingId);
    } catch (NotFoundException notYet) {
      registration = null;
    }
  }

  public void register() {
    try {
      registration = registrations.register(meetingId, choices(), listed, language());
      messages.info("me.register.done", title);
    } catch (RegistrationRefused refused) {
      refuse(refused);
      closeIfPast(refused);
    }
  }

  /** Opens the form on the registration as it stands, to change it. */
  public void edit() {
    chosenDays = new ArrayList<>(registration.days().stream().map(LocalDate::toString).toList());
    sideMeetings = new ArrayList<>(registration.sideMeetings());
    attendance = registration.attendance();
    socialEvent = registration.socialEvent() != SocialEventPlace.NOT_REQUESTED;
    listed = registration.listed();
    dietaryNeeds = registration.dietaryNeeds();
    accessibilityNeeds = registration.accessibilityNeeds();
    editing = true;
  }

  /** Saves the changed choices; a refusal keeps the form open with what was entered. */
  public void save() {
    try {
      registration = registrations.change(meetingId, choices(), listed, language());
      editing = false;
      messages.info("me.register.changed", title);
    } catch (RegistrationRefused refused) {
      refuse(refused);
      closeIfPast(refused);
    } catch (NotFoundException cancelledMeanwhile) {
      registration = null;
      editing = false;
      messages.failure(null, messages.text("me.register.gone"), null);
    }
  }

  /** The deadline passed while the form was open: the page shows registration as closed. */
  private void closeIfPast(RegistrationRefused refused) {
    if (refused.rule() == RegistrationRefused.Rule.REGISTRATION_CLOSED) {
      period = registrations.period(meetingId);
      editing = false;
      try {
        registration = registrations.mine(meetingId);
      } catch (NotFoundException notRegistered) {
        registration = null;
      }
    }
  }

  /** Closes the form without changing anything. */
  public void discard() {
    editing = false;
  }

  private Choices choices() {
    Set<LocalDate> dates = chosenDays.stream().map(LocalDate::parse).collect(Collectors.toSet());
    return new Choices(
        dates, Set.copyOf(sideMeetings), socialEvent, dietaryNeeds, accessibilityNeeds, attendance);
  }

  private String language() {
    return faces.getViewRoot().getLocale().getLanguage();
  }

  private void refuse(RegistrationRefused refused) {
    // The rule in the page's language; on an English page then the server's reason, which
    // names the day and why in English (a French page is not given an English sentence)
    String rule = messages.text("me.register.rule." + refused.rule().name());
    boolean english = Locale.ENGLISH.getLanguage().equals(language());
    messages.failure(
        null, english ? rule + " " + capitalised(refused.getMessage()) + "." : rule, null);
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** Whether the form is open on an existing registration, to change it. */
  public boolean isEditing() {
    return editing;
  }

  /** Whether the participant may change the registration (open, and not declined by the desk). */
  public boolean isChangeable() {
    return registration != null && registration.changeable();
  }

  /** Whether registering and changing are over: the deadline has passed. */
  public boolean isClosed() {
    return period != null && !period.open();
  }

  /** The last day to register or change a registration, in words; null without a deadline. */
  public String getClosesOn() {
    return period == null || period.closesOn() == null ? null : dates.day(period.closesOn());
  }

  public List<Attendance> getAttendances() {
    return List.of(Attendance.values());
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

  public List<SelectItem> getDays() {
    return days;
  }

  public List<SelectItem> getSideMeetingChoices() {
    return sideMeetingChoices;
  }

  public RegistrationDetails getRegistration() {
    return registration;
  }

  /** The registered days, in order (EL reads no record components, hence this getter). */
  public String getRegisteredDays() {
    return registration == null
        ? null
        : String.join(", ", registration.days().stream().map(dates::day).toList());
  }

  /** Where the registration stands at the desk, in words. */
  public String getStatus() {
    return registration == null
        ? null
        : messages.text("me.registrations.status." + registration.status().name());
  }

  /** In person or remotely, in words. */
  public String getAttendanceText() {
    return registration == null
        ? null
        : messages.text("me.register.attendance." + registration.attendance().name());
  }

  /** The social event as the registration has it, in words, with the waiting position. */
  public String getSocialEventStatus() {
    return registration == null ? null : RegistrationListView.socialEvent(messages, registration);
  }

  public List<String> getChosenDays() {
    return chosenDays;
  }

  public void setChosenDays(List<String> chosenDays) {
    this.chosenDays = chosenDays;
  }

  public List<String> getSideMeetings() {
    return sideMeetings;
  }

  public void setSideMeetings(List<String> sideMeetings) {
    this.sideMeetings = sideMeetings;
  }

  public boolean isSocialEvent() {
    return socialEvent;
  }

  public void setSocialEvent(boolean socialEvent) {
    this.socialEvent = socialEvent;
  }

  public boolean isListed() {
    return listed;
  }

  public void setListed(boolean listed) {
    this.listed = listed;
  }

  public String getDietaryNeeds() {
    return dietaryNeeds;
  }

  public void setDietaryNeeds(String dietaryNeeds) {
    this.dietaryNeeds = dietaryNeeds;
  }

  public String getAccessibilityNeeds() {
    return accessibilityNeeds;
  }

  public void setAccessibilityNeeds(String accessibilityNeeds) {
    this.accessibilityNeeds = accessibilityNeeds;
  }

  public Attendance getAttendance() {
    return attendance;
  }

  public void setAttendance(Attendance attendance) {
    this.attendance = attendance;
  }
}
