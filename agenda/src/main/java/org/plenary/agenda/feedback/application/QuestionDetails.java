package org.plenary.agenda.feedback.application;

import java.io.Serializable;
import java.util.List;
import org.plenary.agenda.feedback.domain.FeedbackQuestion;
import org.plenary.agenda.feedback.domain.QuestionKind;

/** A question of a form as readers see it. */
public record QuestionDetails(
    String code, QuestionKind kind, String text, boolean required, List<String> choices)
    implements Serializable {
  static QuestionDetails of(FeedbackQuestion question) {
    return new QuestionDetails(
        question.getCode(),
        question.getKind(),
        question.getText(),
        question.isRequired(),
        question.getChoices());
  }
}
