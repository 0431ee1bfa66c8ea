package org.plenary.web.rest.feedback;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.plenary.agenda.feedback.domain.Ratings;
import org.plenary.agenda.feedback.domain.SessionFeedback;

/**
 * The body of {@code PUT /api/me/feedback/sessions/{meetingId}/{itemKey}}: a rating from 1 to 5, an
 * optional comment, and answers to the session's key questions in their order. A class, not a
 * record (Payara's OpenAPI generator fails on constrained record components).
 */
public class SessionEvaluationRequest {
  @NotNull
  @Min(Ratings.LOWEST)
  @Max(Ratings.HIGHEST)
  public Integer rating;

  @Size(max = Ratings.MAX_TEXT)
  public String comment;

  @Size(max = 20)
  public List<@Size(max = Ratings.MAX_TEXT) String> answers;

  SessionFeedback feedback() {
    return new SessionFeedback(rating, comment, answers);
  }
}
