package org.plenary.web.rest.feedback;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.plenary.agenda.feedback.domain.AnswerInput;
import org.plenary.agenda.feedback.domain.FeedbackForm;
import org.plenary.agenda.feedback.domain.FeedbackQuestion;
import org.plenary.agenda.feedback.domain.Ratings;

/**
 * The body of {@code PUT /api/me/feedback/forms/{formId}}: one answer per question, by the
 * question's code, with a rating, a text or the chosen choices as the question asks.
 */
public class FormResponseRequest {
  @NotNull
  @Size(max = FeedbackForm.MAX_QUESTIONS)
  public List<@NotNull @Valid Answer> answers;

  /** One answer. */
  public static class Answer {
    @NotBlank
    @Size(max = FeedbackQuestion.MAX_CODE)
    public String code;

    @Min(Ratings.LOWEST)
    @Max(Ratings.HIGHEST)
    public Integer rating;

    @Size(max = FeedbackForm.MAX_ANSWER)
    public String text;

    @Size(max = 50)
    public List<@Size(max = FeedbackQuestion.MAX_CHOICE) String> choices;
  }

  List<AnswerInput> inputs() {
    return answers.stream().map(a -> new AnswerInput(a.code, a.rating, a.text, a.choices)).toList();
  }
}
