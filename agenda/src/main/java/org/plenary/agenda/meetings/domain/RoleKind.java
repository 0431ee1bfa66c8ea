package org.plenary.agenda.meetings.domain;

/** The part someone plays in a meeting or an agenda item. */
public enum RoleKind {
  CHAIR,
  MODERATOR,
  SPEAKER,
  HOST_COUNTRY_REPRESENTATIVE,
  SECRETARIAT,
  COUNTRY_INTERVENTION
}
