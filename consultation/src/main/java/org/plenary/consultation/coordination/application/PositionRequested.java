package org.plenary.consultation.coordination.application;

import java.time.LocalDate;

/**
 * A consulted body's position is asked for: when the round starts, and once more if the deadline
 * passes without it. Fired once per person of the body, inside the transaction that starts the
 * round or marks the reminder sent (the web layer words the mail), so it leaves only if that
 * commits.
 */
public record PositionRequested(
    Reason reason,
    String to,
    String fullName,
    String bodyName,
    String draftTitle,
    int draftVersion,
    long roundId,
    LocalDate deadline) {

  /** Why the position is asked for. */
  public enum Reason {
    /** The round started and consults the body. */
    CONSULTED,
    /** The deadline passed without a position. */
    OVERDUE
  }
}
