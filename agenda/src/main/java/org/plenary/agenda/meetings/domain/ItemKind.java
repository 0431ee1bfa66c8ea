package org.plenary.agenda.meetings.domain;

/** What an agenda item is; only sessions carry a number. */
public enum ItemKind {
  REGISTRATION,
  OPENING_REMARKS,
  SESSION,
  BREAK,
  MEAL,
  WRAP_UP,
  CLOSING_REMARKS,
  SOCIAL_EVENT,
  OTHER
}
