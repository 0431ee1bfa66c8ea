package org.plenary.web.rest.feedback;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.plenary.agenda.feedback.application.FormSpec;
import org.plenary.agenda.feedback.domain.FeedbackForm;
import org.plenary.agenda.feedback.domain.FeedbackQuestion;
import org.plenary.agenda.feedback.domain.QuestionDraft;
import org.plenary.agenda.feedback.domain.QuestionKind;

/**
 * The body of {@code POST /api/meetings/{id}/feedback/forms}: a title, when the form opens and
 * closes (ISO 8601 with an offset), and its ordered questions.
 */
public class FormRequest {
  @NotBlank
  @Size(max = FeedbackForm.MAX_TITLE)
  public String title;

  @NotNull public OffsetDateTime opensAt;

  @NotNull public OffsetDateTime closesAt;

  @NotEmpty
  @Size(max = FeedbackForm.MAX_QUESTIONS)
  public List<@NotNull @Valid Question> questions;

  /** One question. */
  public static class Question {
    @Size(max = FeedbackQuestion.MAX_CODE)
    public String code;

    @NotNull public QuestionKind kind;

    @NotBlank
    @Size(max = FeedbackQuestion.MAX_TEXT)
    public String text;

    /** Whether an answer is required; not if absent. */
    public Boolean required;

    @Size(max = 30)
    public List<@Size(max = FeedbackQuestion.MAX_CHOICE) String> choices;
  }

  FormSpec spec() {
    return new FormSpec(
        title,
        opensAt.toInstant(),
        closesAt.toInstant(),
        questions.stream()
            .map(
                q ->
                    new QuestionDraft(
                        q.code, q.kind, q.text, Boolean.TRUE.equals(q.required), q.choices))
            .toList());
  }
}
