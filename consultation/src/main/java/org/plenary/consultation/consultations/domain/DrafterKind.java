package org.plenary.consultation.consultations.domain;

/** Who answers for a consultation: a ministry (its organisation) or the group owning the draft. */
public enum DrafterKind {
  MINISTRY,
  GROUP
}
