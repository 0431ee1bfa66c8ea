package org.plenary.web.me;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serializable;
import org.plenary.agenda.outcomes.application.ActionItems;
import org.plenary.agenda.outcomes.application.ActionView;
import org.plenary.agenda.outcomes.domain.ActionNote;
import org.plenary.agenda.outcomes.domain.ActionRefused;
import org.plenary.agenda.outcomes.domain.ActionStatus;
import org.plenary.core.shared.NotFoundException;
import org.plenary.web.i18n.FeedbackMessages;

/**
 * One decision or action for the people who answer for it (/me/action.xhtml?key=): where it stands,
 * its dated progress notes, and for its owner (or the secretariat) the form that moves its status
 * with a note. Others see it without the form. An unknown key is "not found".
 */
@Named
@ViewScoped
public class ActionProgressView implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String FORM = "progressForm:";

  @Inject ActionItems actions;
  @Inject FacesContext faces;
  @Inject ExternalContext external;

  private String key;
  private ActionView action;
  private boolean mayUpdate;
  @NotNull private ActionStatus status;

  @Size(max = ActionNote.MAX_TEXT)
  private String note;

  public void load() throws IOException {
    if (faces.isPostback()) {
      return;
    }
    try {
      action = actions.get(key == null ? "" : key);
      mayUpdate = actions.mayUpdate(action.key());
      status = action.status();
    } catch (NotFoundException unknown) {
      external.responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
      faces.responseComplete();
    }
  }

  /** Moves the status (or keeps it) with a dated note. */
  public void save() {
    try {
      action = actions.progress(action.key(), status, note);
      note = null;
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              FeedbackMessages.text(faces, "actions.progressed"),
              null));
    } catch (ActionRefused refused) {
      String clientId =
          "note".equals(refused.field())
              ? FORM + "note"
              : "status".equals(refused.field()) ? FORM + "status" : null;
      faces.addMessage(
          clientId,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR,
              FeedbackMessages.text(faces, "actions.rule." + refused.rule().name()),
              null));
      faces.validationFailed();
    }
  }

  public ActionStatus[] getStatuses() {
    return ActionStatus.values();
  }

  public ActionView getAction() {
    return action;
  }

  public boolean isMayUpdate() {
    return mayUpdate;
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

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
