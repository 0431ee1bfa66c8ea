package org.plenary.web.rest.outcomes;

import java.util.List;

/**
 * The body that saves one item's minutes: the version read (0, or none, when nothing was saved
 * yet), the summary, the answers aligned with the item's key questions, and the decisions.
 */
public class ItemMinutesBody {
  private Long version;
  private String summary;
  private List<String> answers;
  private String decisions;

  public long getVersion() {
    return version == null ? 0 : version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public List<String> getAnswers() {
    return answers;
  }

  public void setAnswers(List<String> answers) {
    this.answers = answers;
  }

  public String getDecisions() {
    return decisions;
  }

  public void setDecisions(String decisions) {
    this.decisions = decisions;
  }
}
