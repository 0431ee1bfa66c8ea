package org.plenary.agenda.feedback.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * A question of a feedback form, with a code that stays the same while the form lives (the standard
 * satisfaction set's codes are the same for every meeting, so meetings compare).
 */
@Entity
@Table(name = "feedback_question")
public class FeedbackQuestion {
  public static final int MAX_TEXT = 1000;
  public static final int MAX_CHOICE = 200;
  public static final int MAX_CODE = 40;

  @Id
  @SequenceGenerator(
      name = "feedback_question_seq",
      sequenceName = "feedback_question_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "feedback_question_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "form_id", nullable = false, updatable = false)
  private FeedbackForm form;

  @Column(name = "position", nullable = false)
  private int position;

  @Column(name = "code", nullable = false, length = MAX_CODE)
  private String code;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 20)
  private QuestionKind kind;

  @Column(name = "question_text", nullable = false, length = MAX_TEXT)
  private String text;

  @Column(name = "required", nullable = false)
  private boolean required;

  @ElementCollection
  @CollectionTable(
      name = "feedback_question_choice",
      joinColumns = @JoinColumn(name = "question_id"))
  @OrderColumn(name = "position")
  @Column(name = "label", nullable = false, length = MAX_CHOICE)
  private List<String> choices = new ArrayList<>();

  protected FeedbackQuestion() {}

  FeedbackQuestion(FeedbackForm form, int position, String code, QuestionDraft draft) {
    this.form = form;
    this.code = code;
    rewrite(position, draft);
  }

  void rewrite(int newPosition, QuestionDraft draft) {
    this.position = newPosition;
    this.kind = draft.kind();
    this.text = draft.text().strip();
    this.required = draft.required();
    this.choices.clear();
    if (draft.kind().hasChoices()) {
      this.choices.addAll(draft.choices());
    }
  }

  public Long getId() {
    return id;
  }

  public FeedbackForm getForm() {
    return form;
  }

  public int getPosition() {
    return position;
  }

  public String getCode() {
    return code;
  }

  public QuestionKind getKind() {
    return kind;
  }

  public String getText() {
    return text;
  }

  public boolean isRequired() {
    return required;
  }

  public List<String> getChoices() {
    return List.copyOf(choices);
  }
}
