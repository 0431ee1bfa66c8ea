package org.plenary.web.rest.outcomes;

/**
 * The body that circulates the draft minutes: when the comment window closes, as an ISO 8601
 * date-time with its offset (e.g. {@code 2026-12-01T18:00:00+01:00}).
 */
public class CirculationBody {
  private String closesAt;

  public String getClosesAt() {
    return closesAt;
  }

  public void setClosesAt(String closesAt) {
    this.closesAt = closesAt;
  }
}
