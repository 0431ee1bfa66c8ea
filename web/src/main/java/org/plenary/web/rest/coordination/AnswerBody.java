package org.plenary.web.rest.coordination;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.plenary.consultation.coordination.domain.Remark;
import org.plenary.consultation.coordination.domain.RemarkOutcome;
import org.plenary.web.rest.InvalidRequest;

/**
 * The drafter's answer to a remark: {@code {"outcome":"PARTLY_ACCEPTED","explanation":"…",
 * "revision":1}}; {@code revision} is the revision of the answer being replaced (absent or 0 for
 * the first answer).
 */
public class AnswerBody {
  @NotBlank private String outcome;

  @Size(max = Remark.MAX_TEXT)
  private String explanation;

  @PositiveOrZero private Integer revision;

  RemarkOutcome outcome() {
    try {
      return RemarkOutcome.valueOf(outcome.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidRequest(
          "outcome", "must be ACCEPTED, PARTLY_ACCEPTED, NOT_ACCEPTED or NOTED");
    }
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  public String getExplanation() {
    return explanation;
  }

  public void setExplanation(String explanation) {
    this.explanation = explanation;
  }

  public Integer getRevision() {
    return revision;
  }

  public void setRevision(Integer revision) {
    this.revision = revision;
  }
}
