package org.plenary.agenda.feedback.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A delegate's answer to one key question of a session, kept with the question as it was asked. */
@Embeddable
public class KeyQuestionAnswer {
  @Column(name = "question", nullable = false, length = 1000)
  private String question;

  @Column(name = "answer", nullable = false, length = Ratings.MAX_TEXT)
  private String answer;

  protected KeyQuestionAnswer() {}

  public KeyQuestionAnswer(String question, String answer) {
    this.question = Objects.requireNonNull(question, "question");
    this.answer = Objects.requireNonNull(answer, "answer");
  }

  public String getQuestion() {
    return question;
  }

  public String getAnswer() {
    return answer;
  }
}
