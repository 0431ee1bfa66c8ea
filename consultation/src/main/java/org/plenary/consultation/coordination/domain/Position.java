package org.plenary.consultation.coordination.domain;

/** What a consulted body says of the draft version. */
public enum Position {
  APPROVE,
  APPROVE_WITH_REMARKS,
  DO_NOT_APPROVE
}
