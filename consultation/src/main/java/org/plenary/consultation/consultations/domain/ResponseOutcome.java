package org.plenary.consultation.consultations.domain;

/** What the drafter did with a comment. */
public enum ResponseOutcome {
  ACCEPTED,
  PARTLY_ACCEPTED,
  NOT_ACCEPTED,
  NOTED
}
