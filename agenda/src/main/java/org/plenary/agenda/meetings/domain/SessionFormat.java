package org.plenary.agenda.meetings.domain;

/** How an item is run, when the agenda says so. */
public enum SessionFormat {
  PLENARY,
  PRESENTATION,
  INTERACTIVE_GROUPS,
  WORLD_CAFE,
  OPEN_DISCUSSION,
  MODERATED_CONVERSATION,
  DELEGATES_FEEDBACK
}
