package org.plenary.agenda.meetings.application;

import java.io.Serializable;
import java.time.LocalDate;
import org.plenary.agenda.meetings.domain.AgendaStatus;

/** A meeting as a line of the secretariat's planning list. */
public final class PlannedMeeting implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String slug;
  private final String title;
  private final AgendaStatus status;
  private final int publishedVersion;
  private final LocalDate startDate;
  private final LocalDate endDate;
  private final String city;
  private final String timeZone;
  private final long version;

  public PlannedMeeting(
      String slug,
      String title,
      AgendaStatus status,
      int publishedVersion,
      LocalDate startDate,
      LocalDate endDate,
      String city,
      String timeZone,
      long version) {
    this.slug = slug;
    this.title = title;
    this.status = status;
    this.publishedVersion = publishedVersion;
    this.startDate = startDate;
    this.endDate = endDate;
    this.city = city;
    this.timeZone = timeZone;
    this.version = version;
  }

  public String getSlug() {
    return slug;
  }

  public String getTitle() {
    return title;
  }

  public AgendaStatus getStatus() {
    return status;
  }

  /** The number of the latest published version; 0 while the agenda is a draft only. */
  public int getPublishedVersion() {
    return publishedVersion;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public String getCity() {
    return city;
  }

  public String getTimeZone() {
    return timeZone;
  }

  /** The version to send with an edit (such as a delete) made from the list. */
  public long getVersion() {
    return version;
  }
}
