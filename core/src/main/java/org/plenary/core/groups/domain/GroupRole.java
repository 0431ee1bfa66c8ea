package org.plenary.core.groups.domain;

/** The part a person plays in a working group. */
public enum GroupRole {
  /** Leads the group: writes drafts and decides when a draft is shared beyond the group. */
  COORDINATOR,
  /** Writes and edits the group's drafts. */
  MEMBER,
  /** Reads the group's drafts but does not edit them. */
  OBSERVER;

  public boolean mayEdit() {
    return this != OBSERVER;
  }
}
