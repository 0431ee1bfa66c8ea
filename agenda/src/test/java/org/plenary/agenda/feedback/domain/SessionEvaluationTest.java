package org.plenary.agenda.feedback.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.plenary.agenda.feedback.domain.FeedbackTestData.delegate;
import static org.plenary.agenda.feedback.domain.FeedbackTestData.lunch;
import static org.plenary.agenda.feedback.domain.FeedbackTestData.meeting;
import static org.plenary.agenda.feedback.domain.FeedbackTestData.session5;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.agenda.feedback.domain.FeedbackRefused.Rule;
import org.plenary.agenda.meetings.domain.AgendaItem;
import org.plenary.agenda.meetings.domain.Meeting;

class SessionEvaluationTest {
  private static final Instant BEFORE_START = Instant.parse("2019-09-20T08:59:00Z");
  private static final Instant AT_START = Instant.parse("2019-09-20T09:00:00Z");
  private static final Instant LATER = Instant.parse("2019-09-21T10:00:00Z");

  private final Meeting meeting = meeting();
  private final AgendaItem session = session5(meeting);

  private static Rule ruleOf(Throwable thrown) {
    return ((FeedbackRefused) thrown).rule();
  }

  @Test
  void startsInTheMeetingsTimeZone() {
    assertThat(SessionEvaluation.startOf(meeting, session)).isEqualTo(AT_START);
  }

  @Test
  void refusesAnEvaluationBeforeTheSessionStartsAndTakesOneFromItsFirstMinute() {
    SessionFeedback good = new SessionFeedback(4, "Useful", null);

    assertThatThrownBy(
            () ->
                SessionEvaluation.evaluate(meeting, session, delegate(), good, false, BEFORE_START))
        .satisfies(e -> assertThat(ruleOf(e)).isEqualTo(Rule.SESSION_NOT_STARTED));

    SessionEvaluation evaluation =
        SessionEvaluation.evaluate(meeting, session, delegate(), good, false, AT_START);
    assertThat(evaluation.getRating()).isEqualTo(4);
    assertThat(evaluation.getComment()).isEqualTo("Useful");
  }

  @Test
  void refusesRatingsOutsideOneToFive() {
    for (Integer rating : Arrays.asList(0, 6, -1, null)) {
      assertThatThrownBy(
              () ->
                  SessionEvaluation.evaluate(
                      meeting,
                      session,
                      delegate(),
                      new SessionFeedback(rating, null, null),
                      false,
                      LATER))
          .as("rating %s", rating)
          .satisfies(e -> assertThat(ruleOf(e)).isEqualTo(Rule.RATING_OUT_OF_RANGE))
          .satisfies(e -> assertThat(((FeedbackRefused) e).field()).isEqualTo("rating"));
    }
  }

  @Test
  void refusesToEvaluateWhatIsNotASession() {
    AgendaItem lunch = lunch(meeting);

    assertThatThrownBy(
            () ->
                SessionEvaluation.evaluate(
                    meeting, lunch, delegate(), new SessionFeedback(5, null, null), false, LATER))
        .satisfies(e -> assertThat(ruleOf(e)).isEqualTo(Rule.NOT_A_SESSION));
  }

  @Test
  void takesAnswersToKeyQuestionsOnlyWhenTheyAreOpen() {
    SessionFeedback withAnswers =
        new SessionFeedback(5, null, Arrays.asList("Continue Digital Identity", " "));

    assertThatThrownBy(
            () ->
                SessionEvaluation.evaluate(meeting, session, delegate(), withAnswers, false, LATER))
        .satisfies(e -> assertThat(ruleOf(e)).isEqualTo(Rule.KEY_QUESTIONS_NOT_OPEN));

    SessionEvaluation evaluation =
        SessionEvaluation.evaluate(meeting, session, delegate(), withAnswers, true, LATER);
    assertThat(evaluation.getAnswers())
        .extracting(KeyQuestionAnswer::getQuestion, KeyQuestionAnswer::getAnswer)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "What should the Thematic Groups do next?", "Continue Digital Identity"));
    assertThat(evaluation.answerTo("Is the draft Handbook ready?")).isNull();
  }

  @Test
  void replacesRatingCommentAndAnswersWhenRevised() {
    SessionEvaluation evaluation =
        SessionEvaluation.evaluate(
            meeting,
            session,
            delegate(),
            new SessionFeedback(2, "Too long", List.of("A")),
            true,
            LATER);

    evaluation.revise(meeting, session, new SessionFeedback(5, "  ", null), true, LATER);

    assertThat(evaluation.getRating()).isEqualTo(5);
    assertThat(evaluation.getComment()).isNull();
    assertThat(evaluation.getAnswers()).isEmpty();
  }

  @Test
  void refusesACommentLongerThanTwoThousandCharacters() {
    assertThatThrownBy(
            () ->
                SessionEvaluation.evaluate(
                    meeting,
                    session,
                    delegate(),
                    new SessionFeedback(3, "x".repeat(2001), null),
                    false,
                    LATER))
        .satisfies(e -> assertThat(ruleOf(e)).isEqualTo(Rule.TEXT_TOO_LONG));
  }
}
