package org.plenary.agenda.registrations.domain;

/** How a participant takes part in a meeting. */
public enum Attendance {
  IN_PERSON,
  REMOTE
}
