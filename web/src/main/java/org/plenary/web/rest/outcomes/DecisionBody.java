package org.plenary.web.rest.outcomes;

/** The body that decides a proposed correction: ACCEPTED or REJECTED, and the reason. */
public class DecisionBody {
  private String decision;
  private String reason;

  public String getDecision() {
    return decision;
  }

  public void setDecision(String decision) {
    this.decision = decision;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
