package org.plenary.web.secretariat.feedback;

import java.io.Serializable;
import java.util.Arrays;
import org.plenary.agenda.feedback.application.QuestionDetails;
import org.plenary.agenda.feedback.domain.QuestionDraft;
import org.plenary.agenda.feedback.domain.QuestionKind;

/** A question as the form editor holds it: choices are typed one per line. */
public class QuestionRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private String code;
  private QuestionKind kind = QuestionKind.RATING;
  private String text;
  private boolean required;
  private String choices;

  QuestionRow() {}

  QuestionRow(QuestionDetails question) {
    this.code = question.code();
    this.kind = question.kind();
    this.text = question.text();
    this.required = question.required();
    this.choices = String.join("\n", question.choices());
  }

  QuestionDraft draft() {
    return new QuestionDraft(
        code, kind, text, required, choices == null ? null : Arrays.asList(choices.split("\\R")));
  }

  public String getCode() {
    return code;
  }

  public QuestionKind getKind() {
    return kind;
  }

  public void setKind(QuestionKind kind) {
    this.kind = kind;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public boolean isRequired() {
    return required;
  }

  public void setRequired(boolean required) {
    this.required = required;
  }

  public String getChoices() {
    return choices;
  }

  public void setChoices(String choices) {
    this.choices = choices;
  }
}
