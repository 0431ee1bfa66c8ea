package org.plenary.agenda.outcomes.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** The record's answer to one key question of the item, as the question read when answered. */
@Embeddable
public class MinutesAnswer {
  @Column(name = "question", nullable = false, length = 1000)
  private String question;

  @Column(name = "answer", length = ItemMinutes.MAX_ANSWER)
  private String answer;

  protected MinutesAnswer() {}

  public MinutesAnswer(String question, String answer) {
    this.question = Objects.requireNonNull(question, "question");
    this.answer = answer;
  }

  public String getQuestion() {
    return question;
  }

  public String getAnswer() {
    return answer;
  }
}
