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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.plenary.agenda.feedback.domain.FeedbackRefused.Rule;
import org.plenary.agenda.meetings.domain.AgendaItem;
import org.plenary.agenda.meetings.domain.Meeting;
import org.plenary.core.people.domain.Person;

/**
 * A person's evaluation of one session of a published agenda: a rating from 1 to 5, an optional
 * comment, and answers to the session's key questions when the secretariat opened them for input.
 * One per person and session (named by its item key); the person may revise it.
 */
@Entity
@Table(name = "session_evaluation")
public class SessionEvaluation {
  @Id
  @SequenceGenerator(
      name = "session_evaluation_seq",
      sequenceName = "session_evaluation_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "session_evaluation_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
  private Meeting meeting;

  @Column(name = "item_key", nullable = false, updatable = false, length = 20)
  private String itemKey;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "person_id", nullable = false, updatable = false)
  private Person person;

  @Column(name = "rating", nullable = false)
  private int rating;

  @Column(name = "comment_text", length = Ratings.MAX_TEXT)
  private String comment;

  @ElementCollection
  @CollectionTable(
      name = "session_evaluation_answer",
      joinColumns = @JoinColumn(name = "evaluation_id"))
  @OrderColumn(name = "position")
  private List<KeyQuestionAnswer> answers = new ArrayList<>();

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version private long version;

  protected SessionEvaluation() {}

  private SessionEvaluation(Meeting meeting, String itemKey, Person person, Instant now) {
    this.meeting = meeting;
    this.itemKey = itemKey;
    this.person = person;
    this.createdAt = now.atOffset(ZoneOffset.UTC);
  }

  /**
   * Evaluates a session of the meeting's published agenda ({@code session}, read from its
   * snapshot), once it has started.
   */
  public static SessionEvaluation evaluate(
      Meeting meeting,
      AgendaItem session,
      Person person,
      SessionFeedback feedback,
      boolean keyQuestionsOpen,
      Instant now) {
    Objects.requireNonNull(meeting, "meeting");
    Objects.requireNonNull(person, "person");
    SessionEvaluation evaluation =
        new SessionEvaluation(meeting, session.getKey(), person, Objects.requireNonNull(now));
    evaluation.revise(meeting, session, feedback, keyQuestionsOpen, now);
    return evaluation;
  }

  /** Replaces rating, comment and answers with new ones, by the same rules. */
  public void revise(
      Meeting meeting,
      AgendaItem session,
      SessionFeedback feedback,
      boolean keyQuestionsOpen,
      Instant now) {
    if (!session.getKey().equals(itemKey)) {
      throw new IllegalArgumentException("another session: " + session.getKey());
    }
    checkEvaluable(meeting, session, now);
    int checkedRating = Ratings.checked(feedback.rating(), "rating");
    String checkedComment = Ratings.text(feedback.comment(), "comment", Ratings.MAX_TEXT);
    List<KeyQuestionAnswer> checkedAnswers = new ArrayList<>();
    List<String> questions = session.getKeyQuestions();
    List<String> given = feedback.answers();
    for (int i = 0; i < given.size(); i++) {
      String answer = Ratings.text(given.get(i), "answers[" + i + "]", Ratings.MAX_TEXT);
      if (answer == null) {
        continue;
      }
      if (!keyQuestionsOpen) {
        throw new FeedbackRefused(
            Rule.KEY_QUESTIONS_NOT_OPEN,
            "answers",
            "the key questions of \"" + session.getTitle() + "\" are not open for input");
      }
      if (i >= questions.size()) {
        throw new FeedbackRefused(
            Rule.NOT_A_KEY_QUESTION,
            "answers[" + i + "]",
            "\"" + session.getTitle() + "\" has " + questions.size() + " key questions");
      }
      checkedAnswers.add(new KeyQuestionAnswer(questions.get(i), answer));
    }
    this.rating = checkedRating;
    this.comment = checkedComment;
    this.answers.clear();
    this.answers.addAll(checkedAnswers);
    this.updatedAt = now.atOffset(ZoneOffset.UTC);
  }

  /** A session may be evaluated from the moment it starts, never before. */
  public static void checkEvaluable(Meeting meeting, AgendaItem session, Instant now) {
    if (!session.isSession()) {
      throw new FeedbackRefused(
          Rule.NOT_A_SESSION, "itemKey", "\"" + session.getTitle() + "\" is not a session");
    }
    if (now.isBefore(startOf(meeting, session))) {
      throw new FeedbackRefused(
          Rule.SESSION_NOT_STARTED,
          "itemKey",
          "\"" + session.getTitle() + "\" can be evaluated once it has started");
    }
  }

  /** When a session starts, in the meeting's time zone. */
  public static Instant startOf(Meeting meeting, AgendaItem session) {
    return session
        .getDay()
        .getDate()
        .atTime(session.getStart())
        .atZone(meeting.getTimeZone())
        .toInstant();
  }

  public Long getId() {
    return id;
  }

  public String getItemKey() {
    return itemKey;
  }

  public Person getPerson() {
    return person;
  }

  public int getRating() {
    return rating;
  }

  public String getComment() {
    return comment;
  }

  public List<KeyQuestionAnswer> getAnswers() {
    return List.copyOf(answers);
  }

  /** The answer given to a key question, or null. */
  public String answerTo(String question) {
    return answers.stream()
        .filter(a -> a.getQuestion().equals(question))
        .map(KeyQuestionAnswer::getAnswer)
        .findFirst()
        .orElse(null);
  }

  public Instant getUpdatedAt() {
    return updatedAt.toInstant();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SessionEvaluation other
        && meeting.equals(other.meeting)
        && itemKey.equals(other.itemKey)
        && person.equals(other.person);
  }

  @Override
  public int hashCode() {
    return Objects.hash(itemKey, person);
  }
}
