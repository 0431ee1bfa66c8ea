package org.plenary.agenda.feedback.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.plenary.core.people.domain.Person;

/**
 * A person's response to a feedback form: one per person and form, which they may change until the
 * form closes.
 */
@Entity
@Table(name = "feedback_response")
public class FeedbackResponse {
  @Id
  @SequenceGenerator(
      name = "feedback_response_seq",
      sequenceName = "feedback_response_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "feedback_response_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "form_id", nullable = false, updatable = false)
  private FeedbackForm form;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "person_id", nullable = false, updatable = false)
  private Person person;

  @OneToMany(mappedBy = "response", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<FeedbackAnswer> answers = new ArrayList<>();

  @Column(name = "submitted_at", nullable = false, updatable = false)
  private OffsetDateTime submittedAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version private long version;

  protected FeedbackResponse() {}

  private FeedbackResponse(FeedbackForm form, Person person, Instant now) {
    this.form = form;
    this.person = person;
    this.submittedAt = now.atOffset(ZoneOffset.UTC);
  }

  /** A person answers an open form. */
  public static FeedbackResponse respond(
      FeedbackForm form, Person person, List<AnswerInput> inputs, Instant now) {
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(person, "person");
    FeedbackResponse response = new FeedbackResponse(form, person, Objects.requireNonNull(now));
    response.revise(inputs, now);
    return response;
  }

  /** Replaces the answers, while the form is open. */
  public void revise(List<AnswerInput> inputs, Instant now) {
    form.checkOpen(now);
    Map<FeedbackQuestion, AnswerInput> valid = form.validate(inputs);
    // answers are changed in place, never deleted and inserted again: one row per question
    answers.removeIf(answer -> !valid.containsKey(answer.getQuestion()));
    valid.forEach(
        (question, input) -> {
          FeedbackAnswer answer =
              find(question)
                  .orElseGet(
                      () -> {
                        FeedbackAnswer created = new FeedbackAnswer(this, question);
                        answers.add(created);
                        return created;
                      });
          answer.set(input);
        });
    this.updatedAt = now.atOffset(ZoneOffset.UTC);
  }

  private Optional<FeedbackAnswer> find(FeedbackQuestion question) {
    return answers.stream().filter(a -> a.getQuestion().equals(question)).findFirst();
  }

  /** The answer to the question with this code, if given. */
  public Optional<FeedbackAnswer> answer(String code) {
    return answers.stream().filter(a -> a.getQuestion().getCode().equals(code)).findFirst();
  }

  public Long getId() {
    return id;
  }

  public FeedbackForm getForm() {
    return form;
  }

  public Person getPerson() {
    return person;
  }

  public List<FeedbackAnswer> getAnswers() {
    return List.copyOf(answers);
  }

  public Instant getUpdatedAt() {
    return updatedAt.toInstant();
  }
}
