package org.plenary.consultation.coordination.domain;

/** Where a coordination round stands. */
public enum RoundStatus {
  /** Opens later. */
  PLANNED,
  /** Bodies give their positions. */
  OPEN,
  /** The drafter closed it; no more positions. */
  CLOSED
}
