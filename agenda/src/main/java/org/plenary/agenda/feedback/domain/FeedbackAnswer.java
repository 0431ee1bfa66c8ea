package org.plenary.agenda.feedback.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** One answer of a response: a rating, a text or chosen choices, as the question's kind asks. */
@Entity
@Table(name = "feedback_answer")
public class FeedbackAnswer {
  @Id
  @SequenceGenerator(
      name = "feedback_answer_seq",
      sequenceName = "feedback_answer_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "feedback_answer_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "response_id", nullable = false, updatable = false)
  private FeedbackResponse response;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "question_id", nullable = false, updatable = false)
  private FeedbackQuestion question;

  @Column(name = "rating")
  private Integer rating;

  @Column(name = "text_answer", length = FeedbackForm.MAX_ANSWER)
  private String text;

  @ElementCollection
  @CollectionTable(name = "feedback_answer_choice", joinColumns = @JoinColumn(name = "answer_id"))
  @Column(name = "label", nullable = false, length = FeedbackQuestion.MAX_CHOICE)
  private Set<String> choices = new LinkedHashSet<>();

  protected FeedbackAnswer() {}

  FeedbackAnswer(FeedbackResponse response, FeedbackQuestion question) {
    this.response = response;
    this.question = question;
  }

  void set(AnswerInput input) {
    this.rating = input.rating();
    this.text = input.text();
    Set<String> chosen = new LinkedHashSet<>(input.choices());
    if (!chosen.equals(choices)) {
      choices.clear();
      choices.addAll(chosen);
    }
  }

  public Long getId() {
    return id;
  }

  public FeedbackResponse getResponse() {
    return response;
  }

  public FeedbackQuestion getQuestion() {
    return question;
  }

  public Integer getRating() {
    return rating;
  }

  public String getText() {
    return text;
  }

  /** The chosen choices, in the order the question offers them. */
  public List<String> getChoices() {
    return question.getChoices().stream().filter(choices::contains).toList();
  }
}
