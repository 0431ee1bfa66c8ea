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
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.plenary.agenda.feedback.domain.FeedbackRefused.Rule;
import org.plenary.agenda.meetings.domain.Meeting;

/**
 * A feedback form of a meeting (on drafts and topics, or the standard satisfaction set): a title,
 * when it opens and closes, and ordered questions. Delegates answer it while it is open, once each.
 */
@Entity
@Table(name = "feedback_form")
public class FeedbackForm {
  public static final int MAX_TITLE = 200;
  public static final int MAX_QUESTIONS = 50;
  public static final int MAX_ANSWER = 4000;

  @Id
  @SequenceGenerator(
      name = "feedback_form_seq",
      sequenceName = "feedback_form_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "feedback_form_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
  private Meeting meeting;

  @Column(name = "title", nullable = false, length = MAX_TITLE)
  private String title;

  @Column(name = "opens_at", nullable = false)
  private OffsetDateTime opensAt;

  /** Null: open until the secretariat sets a closing time (the standard set). */
  @Column(name = "closes_at")
  private OffsetDateTime closesAt;

  /** The meeting's id on its standard satisfaction set, null on every other form. */
  @Column(name = "standard_meeting_id", updatable = false)
  private Long standardMeetingId;

  @OneToMany(mappedBy = "form", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position ASC")
  private List<FeedbackQuestion> questions = new ArrayList<>();

  @Version private long version;

  protected FeedbackForm() {}

  private FeedbackForm(Meeting meeting) {
    this.meeting = Objects.requireNonNull(meeting, "meeting");
  }

  /** A form the secretariat defines for a meeting. */
  public static FeedbackForm define(
      Meeting meeting,
      String title,
      Instant opensAt,
      Instant closesAt,
      List<QuestionDraft> drafts) {
    FeedbackForm form = new FeedbackForm(meeting);
    form.schedule(title, opensAt, closesAt, true);
    form.ask(drafts);
    return form;
  }

  /** The meeting's standard satisfaction set, open from the meeting's first day on. */
  public static FeedbackForm standardSet(Meeting meeting) {
    FeedbackForm form = new FeedbackForm(meeting);
    Instant opens = meeting.getStartDate().atStartOfDay(meeting.getTimeZone()).toInstant();
    form.schedule(StandardSatisfaction.TITLE, opens, null, false);
    form.standardMeetingId = Objects.requireNonNull(meeting.getId(), "meeting id");
    form.ask(StandardSatisfaction.questions());
    return form;
  }

  /**
   * Changes title and times; the questions too unless someone has answered already (their answers
   * would lose their meaning) or this is the standard set (its questions are the same everywhere).
   */
  public void revise(
      String newTitle,
      Instant newOpensAt,
      Instant newClosesAt,
      List<QuestionDraft> drafts,
      boolean answered) {
    schedule(newTitle, newOpensAt, newClosesAt, !isStandard());
    if (drafts == null || sameQuestions(drafts)) {
      return;
    }
    if (isStandard()) {
      throw new FeedbackRefused(
          Rule.STANDARD_SET_FIXED,
          "questions",
          "the questions of the standard satisfaction set are the same for every meeting");
    }
    if (answered) {
      throw new FeedbackRefused(
          Rule.FORM_INVALID,
          "questions",
          "people have answered this form already: its questions can no longer change");
    }
    ask(drafts);
  }

  private boolean sameQuestions(List<QuestionDraft> drafts) {
    if (drafts.size() != questions.size()) {
      return false;
    }
    for (int i = 0; i < drafts.size(); i++) {
      QuestionDraft d = drafts.get(i);
      FeedbackQuestion q = questions.get(i);
      if (d.kind() != q.getKind()
          || d.required() != q.isRequired()
          || d.text() == null
          || !d.text().strip().equals(q.getText())
          || !d.choices().equals(d.kind().hasChoices() ? q.getChoices() : d.choices())) {
        return false;
      }
    }
    return true;
  }

  private void schedule(String newTitle, Instant opens, Instant closes, boolean closingRequired) {
    if (newTitle == null || newTitle.isBlank() || newTitle.strip().length() > MAX_TITLE) {
      throw new FeedbackRefused(
          Rule.FORM_INVALID,
          "title",
          "a form needs a title of at most " + MAX_TITLE + " characters");
    }
    if (opens == null) {
      throw new FeedbackRefused(Rule.FORM_INVALID, "opensAt", "say when the form opens");
    }
    if (closes == null && closingRequired) {
      throw new FeedbackRefused(Rule.FORM_INVALID, "closesAt", "say when the form closes");
    }
    if (closes != null && !closes.isAfter(opens)) {
      throw new FeedbackRefused(Rule.FORM_INVALID, "closesAt", "a form closes after it opens");
    }
    this.title = newTitle.strip();
    this.opensAt = opens.atOffset(ZoneOffset.UTC);
    this.closesAt = closes == null ? null : closes.atOffset(ZoneOffset.UTC);
  }

  /** Replaces the questions; a question whose code is given keeps it. */
  private void ask(List<QuestionDraft> drafts) {
    if (drafts == null || drafts.isEmpty() || drafts.size() > MAX_QUESTIONS) {
      throw new FeedbackRefused(
          Rule.FORM_INVALID, "questions", "a form has from 1 to " + MAX_QUESTIONS + " questions");
    }
    Map<String, FeedbackQuestion> kept = new LinkedHashMap<>();
    questions.forEach(q -> kept.put(q.getCode(), q));
    List<FeedbackQuestion> next = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < drafts.size(); i++) {
      QuestionDraft draft = checked(drafts.get(i), i);
      String code = draft.code() == null || draft.code().isBlank() ? null : draft.code().strip();
      if (code == null) {
        int n = i + 1;
        code = "q" + n;
        while (codes.contains(code) || isDraftCode(drafts, code)) {
          code = "q" + ++n;
        }
      }
      if (!codes.add(code)) {
        throw new FeedbackRefused(
            Rule.FORM_INVALID, "questions[" + i + "].code", "two questions have the code " + code);
      }
      FeedbackQuestion existing = kept.remove(code);
      if (existing != null) {
        existing.rewrite(i, draft);
        next.add(existing);
      } else {
        next.add(new FeedbackQuestion(this, i, code, draft));
      }
    }
    questions.clear();
    questions.addAll(next);
  }

  private static boolean isDraftCode(List<QuestionDraft> drafts, String code) {
    return drafts.stream().anyMatch(d -> code.equals(d.code()));
  }

  private static QuestionDraft checked(QuestionDraft draft, int index) {
    String field = "questions[" + index + "]";
    if (draft == null || draft.kind() == null) {
      throw new FeedbackRefused(Rule.FORM_INVALID, field + ".kind", "say how it is answered");
    }
    if (draft.text() == null
        || draft.text().isBlank()
        || draft.text().strip().length() > FeedbackQuestion.MAX_TEXT) {
      throw new FeedbackRefused(
          Rule.FORM_INVALID,
          field + ".text",
          "a question needs a text of at most " + FeedbackQuestion.MAX_TEXT + " characters");
    }
    if (draft.code() != null
        && !draft.code().isBlank()
        && !draft.code().strip().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw new FeedbackRefused(
          Rule.FORM_INVALID, field + ".code", "a code is lower-case words joined by hyphens");
    }
    if (draft.code() != null && draft.code().strip().length() > FeedbackQuestion.MAX_CODE) {
      throw new FeedbackRefused(Rule.FORM_INVALID, field + ".code", "the code is too long");
    }
    if (draft.kind().hasChoices()) {
      List<String> choices = draft.choices();
      if (choices.size() < 2 || new HashSet<>(choices).size() != choices.size()) {
        throw new FeedbackRefused(
            Rule.FORM_INVALID,
            field + ".choices",
            "a choice question offers at least two different choices");
      }
      if (choices.stream().anyMatch(c -> c.length() > FeedbackQuestion.MAX_CHOICE)) {
        throw new FeedbackRefused(
            Rule.FORM_INVALID,
            field + ".choices",
            "a choice is at most " + FeedbackQuestion.MAX_CHOICE + " characters");
      }
    }
    return draft;
  }

  /** Refuses answers before the form opens and after it closes. */
  public void checkOpen(Instant now) {
    if (now.isBefore(opensAt.toInstant())) {
      throw new FeedbackRefused(
          Rule.FORM_NOT_OPEN_YET, null, "the form \"" + title + "\" is not open yet");
    }
    if (isClosedAt(now)) {
      throw new FeedbackRefused(
          Rule.FORM_CLOSED,
          null,
          "the form \""
              + title
              + "\" closed on "
              + closesAt.toLocalDate()
              + " at "
              + closesAt.toLocalTime()
              + " UTC: answers can no longer change");
    }
  }

  public boolean isOpenAt(Instant now) {
    return !now.isBefore(opensAt.toInstant()) && !isClosedAt(now);
  }

  public boolean isClosedAt(Instant now) {
    return closesAt != null && !now.isBefore(closesAt.toInstant());
  }

  /**
   * Checks a person's answers against the questions: each names a question of this form, required
   * questions are answered, ratings are 1 to 5, choices are among those offered.
   */
  Map<FeedbackQuestion, AnswerInput> validate(List<AnswerInput> inputs) {
    Map<String, AnswerInput> byCode = new LinkedHashMap<>();
    for (AnswerInput input : inputs == null ? List.<AnswerInput>of() : inputs) {
      if (input == null || question(input.code()).isEmpty()) {
        String code = input == null ? null : input.code();
        throw new FeedbackRefused(
            Rule.NOT_A_QUESTION, code, "the form has no question \"" + code + "\"");
      }
      byCode.put(input.code(), input);
    }
    Map<FeedbackQuestion, AnswerInput> valid = new LinkedHashMap<>();
    for (FeedbackQuestion question : questions) {
      AnswerInput input = byCode.get(question.getCode());
      if (input == null || isEmptyFor(question, input)) {
        if (question.isRequired()) {
          throw new FeedbackRefused(
              Rule.ANSWER_REQUIRED,
              question.getCode(),
              "answer the question \"" + question.getText() + "\"");
        }
        continue;
      }
      valid.put(question, checked(question, input));
    }
    return valid;
  }

  private static boolean isEmptyFor(FeedbackQuestion question, AnswerInput input) {
    return switch (question.getKind()) {
      case RATING -> input.rating() == null;
      case FREE_TEXT -> input.text() == null || input.text().isBlank();
      case SINGLE_CHOICE, MULTIPLE_CHOICE -> input.chosen().isEmpty();
    };
  }

  private static AnswerInput checked(FeedbackQuestion question, AnswerInput input) {
    String code = question.getCode();
    switch (question.getKind()) {
      case RATING -> {
        return new AnswerInput(code, Ratings.checked(input.rating(), code), null, null);
      }
      case FREE_TEXT -> {
        return new AnswerInput(code, null, Ratings.text(input.text(), code, MAX_ANSWER), null);
      }
      default -> {
        Set<String> chosen = input.chosen();
        if (question.getKind() == QuestionKind.SINGLE_CHOICE && chosen.size() > 1) {
          throw new FeedbackRefused(
              Rule.ONE_CHOICE_ONLY, code, "choose one answer to \"" + question.getText() + "\"");
        }
        for (String choice : chosen) {
          if (!question.getChoices().contains(choice)) {
            throw new FeedbackRefused(
                Rule.NOT_A_CHOICE,
                code,
                "\"" + choice + "\" is not a choice of \"" + question.getText() + "\"");
          }
        }
        return new AnswerInput(code, null, null, List.copyOf(chosen));
      }
    }
  }

  public Optional<FeedbackQuestion> question(String code) {
    return questions.stream().filter(q -> q.getCode().equals(code)).findFirst();
  }

  public Long getId() {
    return id;
  }

  public Meeting getMeeting() {
    return meeting;
  }

  public String getTitle() {
    return title;
  }

  public Instant getOpensAt() {
    return opensAt.toInstant();
  }

  public Instant getClosesAt() {
    return closesAt == null ? null : closesAt.toInstant();
  }

  public boolean isStandard() {
    return standardMeetingId != null;
  }

  public List<FeedbackQuestion> getQuestions() {
    return List.copyOf(questions);
  }

  public long getVersion() {
    return version;
  }

  @Override
  public String toString() {
    return "FeedbackForm[" + title + "]";
  }
}
