package org.plenary.web.rest.outcomes;

import java.time.LocalDate;
import org.plenary.agenda.outcomes.application.ActionSpec;
import org.plenary.agenda.outcomes.domain.ActionKind;
import org.plenary.agenda.outcomes.domain.OwnerKind;

/**
 * The body that records a decision or action: {@code itemKey} where decided, {@code kind} (DECISION
 * or ACTION), {@code title}, {@code ownerKind} (PERSON, ORGANISATION, GROUP) and {@code owner} (a
 * username, an organisation's name or acronym, a group's slug), {@code dueDate}, and optionally
 * {@code draftId}.
 */
public class ActionBody {
  private String itemKey;
  private ActionKind kind;
  private String title;
  private OwnerKind ownerKind;
  private String owner;
  private LocalDate dueDate;
  private Long draftId;

  ActionSpec spec() {
    return new ActionSpec(itemKey, kind, title, ownerKind, owner, dueDate, draftId);
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
