package org.plenary.agenda.feedback.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.plenary.agenda.feedback.domain.FeedbackTestData.delegate;
import static org.plenary.agenda.feedback.domain.FeedbackTestData.meeting;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.agenda.feedback.domain.FeedbackRefused.Rule;
import org.plenary.agenda.meetings.domain.Meeting;

class FeedbackFormTest {
  private static final Instant OPENS = Instant.parse("2019-09-20T09:00:00Z");
  private static final Instant CLOSES = Instant.parse("2019-10-31T23:00:00Z");
  private static final Instant DURING = Instant.parse("2019-09-25T12:00:00Z");

  private final Meeting meeting = meeting();

  private static List<QuestionDraft> questions() {
    return List.of(
        new QuestionDraft(
            "handbook", QuestionKind.RATING, "How useful is the Handbook?", true, null),
        new QuestionDraft(
            "ready",
            QuestionKind.SINGLE_CHOICE,
            "Are the Principles ready?",
            true,
            List.of("Yes", "With changes", "No")),
        new QuestionDraft(
            "groups",
            QuestionKind.MULTIPLE_CHOICE,
            "Which groups continue?",
            false,
            List.of("Digital Identity", "Service Delivery", "")),
        new QuestionDraft(null, QuestionKind.FREE_TEXT, "What is missing?", false, null));
  }

  private FeedbackForm form() {
    return FeedbackForm.define(meeting, "Session 5", OPENS, CLOSES, questions());
  }

  private static List<AnswerInput> answers(int rating, String ready) {
    return List.of(
        new AnswerInput("handbook", rating, null, null),
        new AnswerInput("ready", null, null, List.of(ready)),
        new AnswerInput("groups", null, null, List.of("Service Delivery", "Digital Identity")),
        new AnswerInput("q4", null, "A chapter on procurement", null));
  }

  private static Rule ruleOf(Throwable thrown) {
    return ((FeedbackRefused) thrown).rule();
  }

  @Test
  void definesOrderedQuestionsWithStableCodesAndDropsBlankChoices() {
    FeedbackForm form = form();

    assertThat(form.getQuestions())
        .extracting(FeedbackQuestion::getCode)
        .containsExactly("handbook", "ready", "groups", "q4");
    assertThat(form.question("groups").orElseThrow().getChoices())
        .containsExactly("Digital Identity", "Service Delivery");
    assertThat(form.isStandard()).isFalse();
  }

  @Test
  void refusesAFormThatClosesBeforeItOpensOrHasAChoiceQuestionWithOneChoice() {
    assertThatThrownBy(() -> FeedbackForm.define(meeting, "Late", CLOSES, OPENS, questions()))
        .satisfies(e -> assertThat(ruleOf(e)).isEqualTo(Rule.FORM_INVALID))
        .satisfies(e -> assertThat(((FeedbackRefused) e).field()).isEqualTo("closesAt"));
    List<QuestionDraft> oneChoice =
        List.of(new QuestionDraft(null, QuestionKind.SINGLE_CHOICE, "Yes?", true, List.of("Yes")));
    assertThatThrownBy(() -> FeedbackForm.define(meeting, "One", OPENS, CLOSES, oneChoice))
        .satisfies(
            e -> assertThat(((FeedbackRefused) e).field()).isEqualTo("questions[0].choices"));
    assertThatThrownBy(() -> FeedbackForm.define(meeting, "None", OPENS, CLOSES, List.of()))
        .satisfies(e -> assertThat(((FeedbackRefused) e).field()).isEqualTo("questions"));
    assertThatThrownBy(() -> FeedbackForm.define(meeting, "Open end", OPENS, null, questions()))
        .satisfies(e -> assertThat(((FeedbackRefused) e).field()).isEqualTo("closesAt"));
  }

  @Test
  void takesOneResponseAndChangesItsAnswersInPlaceWhileTheFormIsOpen() {
    FeedbackForm form = form();
    FeedbackResponse response =
        FeedbackResponse.respond(form, delegate(), answers(2, "No"), DURING);
    FeedbackAnswer handbook = response.answer("handbook").orElseThrow();

    response.revise(
        List.of(
            new AnswerInput("handbook", 5, null, null),
            new AnswerInput("ready", null, null, List.of("Yes"))),
        DURING.plusSeconds(60));

    assertThat(response.answer("handbook")).containsSame(handbook);
    assertThat(handbook.getRating()).isEqualTo(5);
    assertThat(response.answer("ready").orElseThrow().getChoices()).containsExactly("Yes");
    assertThat(response.answer("groups")).isEmpty();
    assertThat(response.answer("q4")).isEmpty();
  }

  @Test
  void keepsChosenChoicesInTheQuestionsOrder() {
    FeedbackResponse response =
        FeedbackResponse.respond(form(), delegate(), answers(4, "Yes"), DURING);

    assertThat(response.answer("groups").orElseThrow().getChoices())
        .containsExactly("Digital Identity", "Service Delivery");
  }

  @Test
  void refusesAnswersBeforeTheFormOpensAndAfterItCloses() {
    FeedbackForm form = form();

    assertThatThrownBy(
            () ->
                FeedbackResponse.respond(
                    form, delegate(), answers(4, "Yes"), OPENS.minusSeconds(1)))
        .satisfies(e -> assertThat(ruleOf(e)).isEqualTo(Rule.FORM_NOT_OPEN_YET));
    FeedbackResponse response =
        FeedbackResponse.respond(form, delegate(), answers(4, "Yes"), OPENS);
    assertThatThrownBy(() -> response.revise(answers(1, "No"), CLOSES))
        .satisfies(e -> assertThat(ruleOf(e)).isEqualTo(Rule.FORM_CLOSED))
        .hasMessageContaining("can no longer change");
    assertThat(response.answer("handbook").orElseThrow().getRating()).isEqualTo(4);
    assertThat(form.isOpenAt(CLOSES.minusSeconds(1))).isTrue();
    assertThat(form.isClosedAt(CLOSES)).isTrue();
  }

  @Test
  void refusesMissingRequiredAnswersAndChoicesNotOffered() {
    FeedbackForm form = form();

    assertThatThrownBy(
            () ->
                FeedbackResponse.respond(
                    form, delegate(), List.of(new AnswerInput("handbook", 3, null, null)), DURING))
        .satisfies(e -> assertThat(ruleOf(e)).isEqualTo(Rule.ANSWER_REQUIRED))
        .satisfies(e -> assertThat(((FeedbackRefused) e).field()).isEqualTo("ready"));
    assertThatThrownBy(
            () -> FeedbackResponse.respond(form, delegate(), answers(3, "Maybe"), DURING))
        .satisfies(e -> assertThat(ruleOf(e)).isEqualTo(Rule.NOT_A_CHOICE));
    List<AnswerInput> two =
        List.of(
            new AnswerInput("handbook", 3, null, null),
            new AnswerInput("ready", null, null, List.of("Yes", "No")));
    assertThatThrownBy(() -> FeedbackResponse.respond(form, delegate(), two, DURING))
        .satisfies(e -> assertThat(ruleOf(e)).isEqualTo(Rule.ONE_CHOICE_ONLY));
    assertThatThrownBy(() -> FeedbackResponse.respond(form, delegate(), answers(6, "Yes"), DURING))
        .satisfies(e -> assertThat(ruleOf(e)).isEqualTo(Rule.RATING_OUT_OF_RANGE));
    List<AnswerInput> unknown = List.of(new AnswerInput("nope", 3, null, null));
    assertThatThrownBy(() -> FeedbackResponse.respond(form, delegate(), unknown, DURING))
        .satisfies(e -> assertThat(ruleOf(e)).isEqualTo(Rule.NOT_A_QUESTION));
  }

  @Test
  void keepsItsQuestionsOnceAnsweredButLetsItsTimesChange() {
    FeedbackForm form = form();
    List<QuestionDraft> fewer = questions().subList(0, 2);

    assertThatThrownBy(() -> form.revise("Session 5", OPENS, CLOSES, fewer, true))
        .satisfies(e -> assertThat(((FeedbackRefused) e).field()).isEqualTo("questions"));
    form.revise("Session 5 (extended)", OPENS, CLOSES.plusSeconds(86_400), null, true);
    assertThat(form.getTitle()).isEqualTo("Session 5 (extended)");
    form.revise("Session 5", OPENS, CLOSES, fewer, false);
    assertThat(form.getQuestions()).hasSize(2);
  }

  @Test
  void attachesTheStandardSetWithTheSameCodesToEveryMeetingAndKeepsItsQuestions() {
    FeedbackForm standard = FeedbackForm.standardSet(FeedbackTestData.withId(meeting, 7L));

    assertThat(standard.isStandard()).isTrue();
    assertThat(standard.getClosesAt()).isNull();
    assertThat(standard.isOpenAt(Instant.parse("2030-01-01T00:00:00Z"))).isTrue();
    assertThat(standard.getQuestions())
        .extracting(FeedbackQuestion::getCode)
        .containsExactly("overall", "relevance", "organisation", "attend-again", "suggestions");
    assertThatThrownBy(() -> standard.revise("Satisfaction", OPENS, null, questions(), false))
        .satisfies(e -> assertThat(ruleOf(e)).isEqualTo(Rule.STANDARD_SET_FIXED));
  }
}
