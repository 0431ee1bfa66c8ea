package org.plenary.consultation.consultations.domain;

/**
 * Where a consultation stands: planned, open and closed follow from the clock and its period;
 * report published is set by the drafter.
 */
public enum ConsultationStatus {
  PLANNED,
  OPEN,
  CLOSED,
  REPORT_PUBLISHED
}
