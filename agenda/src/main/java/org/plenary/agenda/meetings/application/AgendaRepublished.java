package org.plenary.agenda.meetings.application;

import java.util.List;
import org.plenary.agenda.meetings.domain.AgendaChange;

/**
 * A meeting's agenda was published again (version 2 or later), fired inside the publishing
 * transaction with what changed since the version before, so that the registered participants can
 * be told once it commits.
 */
public record AgendaRepublished(
    String meetingId, String meetingTitle, String label, List<AgendaChange> changes) {
  public AgendaRepublished {
    changes = List.copyOf(changes);
  }
}
