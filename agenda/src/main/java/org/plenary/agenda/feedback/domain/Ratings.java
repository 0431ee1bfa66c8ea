package org.plenary.agenda.feedback.domain;

import org.plenary.agenda.feedback.domain.FeedbackRefused.Rule;

/** The scale every rating uses: whole numbers from 1 (poor) to 5 (excellent). */
public final class Ratings {
  public static final int LOWEST = 1;
  public static final int HIGHEST = 5;
  public static final int MAX_TEXT = 2000;

  private Ratings() {}

  static int checked(Integer rating, String field) {
    if (rating == null || rating < LOWEST || rating > HIGHEST) {
      throw new FeedbackRefused(
          Rule.RATING_OUT_OF_RANGE,
          field,
          "a rating is a whole number from " + LOWEST + " to " + HIGHEST);
    }
    return rating;
  }

  static String text(String text, String field, int max) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String stripped = text.strip();
    if (stripped.length() > max) {
      throw new FeedbackRefused(
          Rule.TEXT_TOO_LONG, field, "the text is longer than " + max + " characters");
    }
    return stripped;
  }
}
