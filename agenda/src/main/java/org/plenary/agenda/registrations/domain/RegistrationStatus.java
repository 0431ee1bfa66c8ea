package org.plenary.agenda.registrations.domain;

/** Where a registration stands at the secretariat's desk. */
public enum RegistrationStatus {
  /** Registered, not decided yet. */
  SUBMITTED,
  APPROVED,
  /** Refused with a reason; it holds no seat on the social event. */
  DECLINED
}
