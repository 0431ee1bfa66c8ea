package org.plenary.web.rest.outcomes;

import org.plenary.agenda.outcomes.domain.ActionStatus;

/** The body of a progress update: the status now and a note (optional). */
public class ProgressBody {
  private ActionStatus status;
  private String note;

  public ActionStatus getStatus() {
    return status;
  }

  public void setStatus(ActionStatus status) {
    this.status = status;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
