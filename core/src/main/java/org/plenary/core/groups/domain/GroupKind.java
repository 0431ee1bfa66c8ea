package org.plenary.core.groups.domain;

/** What sort of body a working group is. */
public enum GroupKind {
  THEMATIC_GROUP,
  TASK_FORCE,
  /** A committee, such as an interministerial committee. */
  COMMITTEE,
  WORKING_GROUP
}
