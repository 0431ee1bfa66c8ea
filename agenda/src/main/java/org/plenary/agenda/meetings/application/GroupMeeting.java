package org.plenary.agenda.meetings.application;

import java.io.Serializable;
import java.time.LocalDate;
import org.plenary.agenda.meetings.domain.AgendaStatus;

/** A meeting as a line of a working group's space: title, dates, and whether it is published. */
public final class GroupMeeting implements Serializable {
  private final String slug;
  private final String title;
  private final LocalDate startDate;
  private final LocalDate endDate;
  private final boolean published;

  public GroupMeeting(
      String slug, String title, LocalDate startDate, LocalDate endDate, AgendaStatus status) {
    this.slug = slug;
    this.title = title;
    this.startDate = startDate;
    this.endDate = endDate;
    this.published = status == AgendaStatus.PUBLISHED;
  }

  public String getSlug() {
    return slug;
  }

  public String getTitle() {
    return title;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public boolean isPublished() {
    return published;
  }
}
