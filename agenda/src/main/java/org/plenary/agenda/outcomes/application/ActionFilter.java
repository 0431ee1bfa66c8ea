package org.plenary.agenda.outcomes.application;

import java.io.Serializable;
import org.plenary.agenda.outcomes.domain.ActionStatus;

/**
 * Which decisions and actions a monitor shows: of a meeting (its slug), whose owner's name contains
 * a text, in a status, overdue or not (null: any).
 */
public record ActionFilter(String meeting, String owner, ActionStatus status, Boolean overdue)
    implements Serializable {
  public static ActionFilter all() {
    return new ActionFilter(null, null, null, null);
  }
}
