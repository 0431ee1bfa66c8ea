package org.plenary.agenda.outcomes.domain;

/** Where a decision or action item stands. */
public enum ActionStatus {
  PLANNED,
  IN_PROGRESS,
  DONE,
  DROPPED;

  /** Whether nothing more is expected of it. */
  public boolean isFinished() {
    return this == DONE || this == DROPPED;
  }
}
