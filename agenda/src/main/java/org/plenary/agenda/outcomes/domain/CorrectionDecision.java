package org.plenary.agenda.outcomes.domain;

/** Where a proposed correction of the minutes stands. */
public enum CorrectionDecision {
  /** Proposed, not decided yet. */
  PENDING,
  /** The secretariat takes it into the minutes (by editing them). */
  ACCEPTED,
  /** The secretariat leaves the minutes as they are, and says why. */
  REJECTED
}
