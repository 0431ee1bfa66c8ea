package org.plenary.web.secretariat.meetings;

import java.io.Serializable;
import java.time.LocalDate;
import org.plenary.agenda.meetings.application.MeetingDetails;
import org.plenary.agenda.meetings.application.MeetingPlan;
import org.plenary.agenda.meetings.domain.Meeting;
import org.plenary.agenda.meetings.domain.Venue;

/**
 * What the meeting form holds: address (slug, only for a new meeting), texts, venue, time zone and
 * dates, and the working group that holds it. The venue's address is one line per address line.
 */
public class MeetingForm implements Serializable {
  private static final long serialVersionUID = 1L;

  private String slug;
  private String title;
  private String theme;
  private String body;
  private String description;
  private String venueName;
  private String venueAddress;
  private String city;
  private String timeZone;
  private LocalDate startDate;
  private LocalDate endDate;
  private String group;

  static MeetingForm of(Meeting meeting) {
    MeetingForm form = new MeetingForm();
    form.slug = meeting.getSlug();
    form.title = meeting.getTitle();
    form.theme = meeting.getTheme();
    form.body = meeting.getBody();
    form.description = meeting.getDescription();
    form.venueName = meeting.getVenue().getName();
    form.venueAddress = String.join("\n", meeting.getVenue().getAddressLines());
    form.city = meeting.getVenue().getCity();
    form.timeZone = meeting.getTimeZone().getId();
    form.startDate = meeting.getStartDate();
    form.endDate = meeting.getEndDate();
    form.group = meeting.getWorkingGroup() == null ? null : meeting.getWorkingGroup().getSlug();
    return form;
  }

  MeetingPlan toPlan() {
    return MeetingPlan.of(slug, title, startDate, endDate, timeZone, venue())
        .withTheme(theme)
        .withBody(body)
        .withDescription(description == null ? "" : description);
  }

  MeetingDetails toDetails() {
    return new MeetingDetails(
        title, theme, body, description, venue(), timeZone, startDate, endDate, group);
  }

  private Venue venue() {
    return new Venue(venueName, ItemForm.lines(venueAddress), city);
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getTheme() {
    return theme;
  }

  public void setTheme(String theme) {
    this.theme = theme;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getVenueName() {
    return venueName;
  }

  public void setVenueName(String venueName) {
    this.venueName = venueName;
  }

  public String getVenueAddress() {
    return venueAddress;
  }

  public void setVenueAddress(String venueAddress) {
    this.venueAddress = venueAddress;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }

  /** The slug of the working group that holds the meeting; null or blank for none. */
  public String getGroup() {
    return group;
  }

  public void setGroup(String group) {
    this.group = group;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public void setStartDate(LocalDate startDate) {
    this.startDate = startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public void setEndDate(LocalDate endDate) {
    this.endDate = endDate;
  }
}
