package org.plenary.consultation.coordination.domain;

/** A fundamental remark is an objection that must be settled before the draft moves on. */
public enum RemarkKind {
  ORDINARY,
  FUNDAMENTAL
}
