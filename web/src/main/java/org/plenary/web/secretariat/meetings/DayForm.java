package org.plenary.web.secretariat.meetings;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import org.plenary.agenda.meetings.application.DayPlan;
import org.plenary.agenda.meetings.domain.Audience;
import org.plenary.agenda.meetings.domain.MeetingDay;

/**
 * What the day dialog holds: date, label, who may attend (no category ticked: everyone), the note
 * on the public agenda, and the optional hours.
 */
public class DayForm implements Serializable {
  private static final long serialVersionUID = 1L;

  private boolean existing;
  private LocalDate date;
  private String label;
  private AudienceForm audience = new AudienceForm();
  private String note;
  private LocalTime opensAt;
  private LocalTime closesAt;

  static DayForm newOn(LocalDate date) {
    DayForm form = new DayForm();
    form.date = date;
    return form;
  }

  static DayForm of(MeetingDay day) {
    DayForm form = new DayForm();
    form.existing = true;
    form.date = day.getDate();
    form.label = day.getLabel();
    form.audience = AudienceForm.of(day.getAudience());
    form.note = day.getNote();
    form.opensAt = day.getOpensAt();
    form.closesAt = day.getClosesAt();
    return form;
  }

  DayPlan toPlan() {
    return new DayPlan(date, label, audience(), note, null);
  }

  Audience audience() {
    return audience.toAudience();
  }

  boolean hasHours() {
    return opensAt != null || closesAt != null;
  }

  /** Whether the day is planned already (its date cannot change). */
  public boolean isExisting() {
    return existing;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public LocalTime getOpensAt() {
    return opensAt;
  }

  public void setOpensAt(LocalTime opensAt) {
    this.opensAt = opensAt;
  }

  public LocalTime getClosesAt() {
    return closesAt;
  }

  public void setClosesAt(LocalTime closesAt) {
    this.closesAt = closesAt;
  }

  public AudienceForm getAudience() {
    return audience;
  }
}
