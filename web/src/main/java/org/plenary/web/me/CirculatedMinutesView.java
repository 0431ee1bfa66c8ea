package org.plenary.web.me;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.plenary.agenda.outcomes.application.CirculatedMinutes;
import org.plenary.agenda.outcomes.application.CorrectionView;
import org.plenary.agenda.outcomes.application.ItemRecord;
import org.plenary.agenda.outcomes.application.MinutesApproval;
import org.plenary.agenda.outcomes.domain.ApprovalRefused;
import org.plenary.agenda.outcomes.domain.MinutesRefused;
import org.plenary.core.shared.NotFoundException;
import org.plenary.web.i18n.FeedbackMessages;
import org.plenary.web.secretariat.minutes.CorrectionsModel;

/**
 * The circulated minutes of a meeting for its registered participants
 * (/me/minutes.xhtml?meeting=…): the minutes as they read now, a form to propose a correction (the
 * item, the passage quoted from it, the wording, a comment) while the window is open, and one's own
 * corrections with the secretariat's decisions, paged in the database. Others get 403.
 */
@Named
@ViewScoped
public class CirculatedMinutesView implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Set<String> FIELDS = Set.of("itemKey", "passage", "wording", "comment");

  @Inject MinutesApproval approval;
  @Inject FacesContext faces;
  @Inject ExternalContext external;

  private String meeting;
  private CirculatedMinutes minutes;
  private boolean circulated;
  private CorrectionsModel mine;
  private String itemKey;
  private String passage;
  private String wording;
  private String comment;
  private Integer proposed;

  public void load() throws IOException {
    if (faces.isPostback()) {
      return;
    }
    try {
      minutes = approval.circulation(meeting == null ? "" : meeting);
      circulated = true;
      mine = new CorrectionsModel(approval, meeting);
    } catch (NotFoundException notCirculated) {
      circulated = false;
    } catch (ApprovalRefused notAParticipant) {
      external.responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
      faces.responseComplete();
    }
  }

  /** Proposes the correction; a refusal shows beside the field it concerns. */
  public void propose() {
    try {
      CorrectionView done = approval.propose(meeting, itemKey, passage, wording, comment);
      proposed = done.number();
      passage = null;
      wording = null;
      comment = null;
    } catch (ApprovalRefused refused) {
      show(refused.field(), "minutes.approval.code." + refused.code().name());
      if (refused.code() == ApprovalRefused.Code.WINDOW_CLOSED
          || refused.code() == ApprovalRefused.Code.NOT_CIRCULATED) {
        minutes = approval.circulation(meeting);
      }
    } catch (MinutesRefused notRecorded) {
      show("itemKey", "minutes.rule." + notRecorded.rule().name());
    } catch (NotFoundException unknownItem) {
      show("itemKey", "minutes.approval.unknownItem");
    }
  }

  private void show(String field, String key) {
    proposed = null;
    String id = field != null && FIELDS.contains(field) ? "correctionForm:" + field : null;
    faces.addMessage(
        id, new FacesMessage(FacesMessage.SEVERITY_ERROR, FeedbackMessages.text(faces, key), null));
    faces.validationFailed();
  }

  /** The items a correction may concern: those with something written. */
  public List<ItemRecord> getWrittenItems() {
    return minutes == null
        ? List.of()
        : minutes.items().stream()
            .filter(
                i ->
                    i.summary() != null
                        || i.decisions() != null
                        || i.answers().stream().anyMatch(a -> a != null))
            .toList();
  }

  public CirculatedMinutes getMinutes() {
    return minutes;
  }

  public boolean isCirculated() {
    return circulated;
  }

  public CorrectionsModel getMine() {
    return mine;
  }

  public String getMeeting() {
    return meeting;
  }

  public void setMeeting(String meeting) {
    this.meeting = meeting;
  }

  public String getItemKey() {
    return itemKey;
  }

  public void setItemKey(String itemKey) {
    this.itemKey = itemKey;
  }

  public String getPassage() {
    return passage;
  }

  public void setPassage(String passage) {
    this.passage = passage;
  }

  public String getWording() {
    return wording;
  }

  public void setWording(String wording) {
    this.wording = wording;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  /** The number of the correction just proposed, or null. */
  public Integer getProposed() {
    return proposed;
  }
}
