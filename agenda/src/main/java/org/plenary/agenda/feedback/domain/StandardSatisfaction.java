package org.plenary.agenda.feedback.domain;

import java.util.List;

/**
 * The standard satisfaction question set that every meeting has. Its codes never change, so the
 * answers of one meeting compare with those of another, year on year. Interfaces show the texts in
 * the reader's language by code; the English texts are stored with the questions.
 */
public final class StandardSatisfaction {
  public static final String TITLE = "Satisfaction with the meeting";
  public static final String OVERALL = "overall";
  public static final String RELEVANCE = "relevance";
  public static final String ORGANISATION = "organisation";
  public static final String ATTEND_AGAIN = "attend-again";
  public static final String SUGGESTIONS = "suggestions";

  /** The rated questions, in the order a comparison shows them. */
  public static final List<String> RATED = List.of(OVERALL, RELEVANCE, ORGANISATION, ATTEND_AGAIN);

  private StandardSatisfaction() {}

  public static List<QuestionDraft> questions() {
    return List.of(
        rating(OVERALL, "Overall, how satisfied are you with the meeting?"),
        rating(RELEVANCE, "How relevant were the topics to your work?"),
        rating(ORGANISATION, "How well was the meeting organised?"),
        rating(ATTEND_AGAIN, "How likely are you to attend this meeting again?"),
        new QuestionDraft(
            SUGGESTIONS,
            QuestionKind.FREE_TEXT,
            "What should we do differently next time?",
            false,
            null));
  }

  private static QuestionDraft rating(String code, String text) {
    return new QuestionDraft(code, QuestionKind.RATING, text, true, null);
  }
}
