package org.plenary.web.secretariat.minutes;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import org.plenary.agenda.outcomes.application.ActionFilter;
import org.plenary.agenda.outcomes.application.ActionItems;
import org.plenary.agenda.outcomes.application.ActionSpec;
import org.plenary.agenda.outcomes.application.ActionView;
import org.plenary.agenda.outcomes.domain.ActionItem;
import org.plenary.agenda.outcomes.domain.ActionKind;
import org.plenary.agenda.outcomes.domain.ActionRefused;
import org.plenary.agenda.outcomes.domain.OwnerKind;
import org.plenary.core.shared.NotFoundException;
import org.plenary.web.groups.PagedList;
import org.plenary.web.i18n.FeedbackMessages;

/**
 * The decisions and actions part of the minutes page (/secretariat/minutes/edit.xhtml?slug=): the
 * secretariat records one for an agenda item (title, kind, owner, due date, the draft it concerns),
 * and sees the meeting's decisions and actions in a table paged in the database. Refusals show
 * beside the field they concern.
 */
@Named
@ViewScoped
public class MinutesActionsView implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String FORM = "actionForm:";
  private static final Map<String, String> FIELDS =
      Map.of("title", "actionTitle", "owner", "actionOwner", "dueDate", "actionDue");

  @Inject ActionItems actions;
  @Inject FacesContext faces;

  private String slug;
  private String itemKey;
  @NotNull private ActionKind kind = ActionKind.ACTION;

  @NotBlank
  @Size(max = ActionItem.MAX_TITLE)
  private String title;

  @NotNull private OwnerKind ownerKind = OwnerKind.PERSON;

  @NotBlank
  @Size(max = 200)
  private String owner;

  @NotNull private LocalDate dueDate;
  @Positive private Long draftId;
  private PagedList<ActionView> rows;

  /** Records the decision or action; the form empties for the next one. */
  public void record() {
    try {
      ActionView recorded =
          actions.record(
              slug, new ActionSpec(itemKey, kind, title, ownerKind, owner, dueDate, draftId));
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              FeedbackMessages.text(faces, "actions.recorded") + " " + recorded.title(),
              null));
      title = null;
      owner = null;
      dueDate = null;
      draftId = null;
    } catch (ActionRefused refused) {
      String field = refused.field() == null ? null : FIELDS.get(refused.field());
      error(field == null ? null : FORM + field, "actions.rule." + refused.rule().name());
    } catch (NotFoundException unknown) {
      error(
          FORM + ("draft".equals(unknown.kind()) ? "actionDraft" : "actionItem"),
          "actions.unknown");
    }
  }

  private void error(String clientId, String key) {
    faces.addMessage(
        clientId,
        new FacesMessage(FacesMessage.SEVERITY_ERROR, FeedbackMessages.text(faces, key), null));
    faces.validationFailed();
  }

  /** The meeting's decisions and actions, soonest due first, a page at a time. */
  public PagedList<ActionView> getRows() {
    if (rows == null) {
      String meeting = slug;
      ActionItems service = actions;
      ActionFilter filter = new ActionFilter(meeting, null, null, null);
      rows =
          new PagedList<>(
              (first, size) -> service.page(filter, first, size),
              () -> service.count(filter),
              ActionView::key);
    }
    return rows;
  }

  public ActionKind[] getKinds() {
    return ActionKind.values();
  }

  public OwnerKind[] getOwnerKinds() {
    return OwnerKind.values();
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getItemKey() {
    return itemKey;
  }

  public void setItemKey(String itemKey) {
    this.itemKey = itemKey;
  }

  public ActionKind getKind() {
    return kind;
  }

  public void setKind(ActionKind kind) {
    this.kind = kind;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public OwnerKind getOwnerKind() {
    return ownerKind;
  }

  public void setOwnerKind(OwnerKind ownerKind) {
    this.ownerKind = ownerKind;
  }

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public void setDueDate(LocalDate dueDate) {
    this.dueDate = dueDate;
  }

  public Long getDraftId() {
    return draftId;
  }

  public void setDraftId(Long draftId) {
    this.draftId = draftId;
  }
}
