package org.plenary.consultation.coordination.domain;

/**
 * What the drafter did with a remark, as the table of remarks and responses says it (EIS:
 * arvestatud, osaliselt arvestatud, mittearvestatud, selgitatud).
 */
public enum RemarkOutcome {
  ACCEPTED,
  PARTLY_ACCEPTED,
  NOT_ACCEPTED,
  /** Taken note of, or explained: the remark asked for no change. */
  NOTED;

  /** Whether the drafter must say why: for anything but a plain acceptance. */
  public boolean needsExplanation() {
    return this != ACCEPTED;
  }
}
