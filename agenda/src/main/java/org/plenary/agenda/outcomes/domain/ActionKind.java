package org.plenary.agenda.outcomes.domain;

/** A decision the meeting took, or an action someone must carry out. */
public enum ActionKind {
  DECISION,
  ACTION
}
