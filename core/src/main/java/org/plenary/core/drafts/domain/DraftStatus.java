package org.plenary.core.drafts.domain;

/** Where a draft stands, in the order a draft normally goes through them. */
public enum DraftStatus {
  /** Only the owning group reads it. */
  WORKING_DRAFT,
  /** Every delegate reads it, e.g. for feedback at a meeting. */
  SHARED_WITH_DELEGATES,
  /** A version of it is in coordination or public consultation. */
  IN_CONSULTATION,
  /** Adopted: no further versions. */
  FINAL;

  /** Whether people outside the owning group may read the draft. */
  public boolean isShared() {
    return this != WORKING_DRAFT;
  }
}
