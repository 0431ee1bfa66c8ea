package org.plenary.agenda.feedback.domain;

/** How a question of a feedback form is answered. */
public enum QuestionKind {
  /** A whole number from 1 to 5. */
  RATING,
  /** One of the offered choices. */
  SINGLE_CHOICE,
  /** Any number of the offered choices. */
  MULTIPLE_CHOICE,
  /** Free text. */
  FREE_TEXT;

  public boolean hasChoices() {
    return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
  }
}
