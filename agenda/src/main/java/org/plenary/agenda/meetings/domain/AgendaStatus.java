package org.plenary.agenda.meetings.domain;

/** Whether a meeting's agenda is still being drafted or has been published to everyone. */
public enum AgendaStatus {
  DRAFT,
  PUBLISHED
}
