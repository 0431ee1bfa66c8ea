package org.plenary.web.rest.outcomes;

/**
 * Pulls a follow-up item into a draft agenda: the version of the meeting read, the earlier
 * meeting's slug, and the day and times of the item (ISO 8601: 2020-10-06, 14:00).
 */
public class FollowUpBody {
  private Long version;
  private String from;
  private String date;
  private String start;
  private String end;

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getDate() {
    return date;
  }

  public void setDate(String date) {
    this.date = date;
  }

  public String getStart() {
    return start;
  }

  public void setStart(String start) {
    this.start = start;
  }

  public String getEnd() {
    return end;
  }

  public void setEnd(String end) {
    this.end = end;
  }
}
