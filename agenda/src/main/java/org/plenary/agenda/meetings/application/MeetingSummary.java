package org.plenary.agenda.meetings.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.plenary.agenda.meetings.domain.Meeting;

/** A published main meeting as a line of the public list, with links to its side meetings. */
public final class MeetingSummary implements Serializable {
  private final String slug;
  private final String title;
  private final String theme;
  private final String city;
  private final LocalDate startDate;
  private final LocalDate endDate;
  private final String agendaLabel;
  private final List<SideMeeting> sideMeetings;

  /** A published side meeting of the summarised meeting. */
  public static final class SideMeeting implements Serializable {
    private final String slug;
    private final String title;
    private final LocalDate startDate;

    SideMeeting(Meeting meeting) {
      this.slug = meeting.getSlug();
      this.title = meeting.getTitle();
      this.startDate = meeting.getStartDate();
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
  }

  MeetingSummary(Meeting meeting, List<Meeting> publishedSideMeetings) {
    this.slug = meeting.getSlug();
    this.title = meeting.getTitle();
    this.theme = meeting.getTheme();
    this.city = meeting.getVenue().getCity();
    this.startDate = meeting.getStartDate();
    this.endDate = meeting.getEndDate();
    this.agendaLabel = meeting.getAgendaLabel();
    this.sideMeetings = publishedSideMeetings.stream().map(SideMeeting::new).toList();
  }

  public String getSlug() {
    return slug;
  }

  public String getTitle() {
    return title;
  }

  public String getTheme() {
    return theme;
  }

  public String getCity() {
    return city;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public String getAgendaLabel() {
    return agendaLabel;
  }

  public List<SideMeeting> getSideMeetings() {
    return sideMeetings;
  }
}
