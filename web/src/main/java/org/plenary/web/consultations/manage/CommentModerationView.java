package org.plenary.web.consultations.manage;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.plenary.consultation.consultations.application.CommentModeration;
import org.plenary.consultation.consultations.application.Consultations;
import org.plenary.consultation.consultations.domain.Consultation;
import org.plenary.consultation.consultations.domain.ConsultationRefused;
import org.plenary.consultation.consultations.domain.ResponseOutcome;
import org.plenary.web.consultations.CommentRow;
import org.plenary.web.consultations.ConsultationRow;
import org.plenary.web.consultations.ConsultedText;
import org.plenary.web.groups.PagedList;
import org.plenary.web.groups.Pages;

/**
 * The drafter's page of a consultation's comments (/consultations/manage/comments.xhtml?id=...):
 * every published comment in a lazy table, filtered to those unanswered or to one section; hide one
 * with a reason, or answer it, in a dialog. Anyone but the drafter and the secretariat gets 403.
 */
@Named
@ViewScoped
public class CommentModerationView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Consultations consultations;
  @Inject CommentModeration moderation;
  @Inject FacesContext faces;

  private Long id;
  private ConsultationRow consultation;
  private List<String> sectionKeys;
  private List<String> headings;
  private Integer section;
  private boolean unanswered;
  private PagedList<CommentRow> comments;

  private Long selected;
  private String selectedText;
  private String reason;
  private String outcome;
  private String justification;
  private Integer resolvedVersion;
  private String resolvedSection;

  public void load() {
    Pages.loadOrRefuse(
        faces,
        () -> {
          if (id == null) {
            throw new IllegalArgumentException("no consultation");
          }
          Consultation found = consultations.get(id);
          if (!moderation.mayModerate(id)) {
            Pages.refuse(faces, 403);
            return;
          }
          consultation = new ConsultationRow(found, consultations.status(found));
          sectionKeys = consultations.sectionKeys(found);
          headings = ConsultedText.headings(consultations.consultedVersion(found));
          list();
        });
  }

  /** Applies the filters. */
  public void list() {
    Consultations.Filter filter =
        new Consultations.Filter(
            section == null || section < 1 || section > sectionKeys.size()
                ? null
                : sectionKeys.get(section - 1),
            section != null && section == 0,
            unanswered);
    long consultationId = id;
    Consultations service = consultations;
    comments =
        new PagedList<>(
            (first, size) ->
                service.comments(consultationId, filter, first, size).stream()
                    .map(CommentRow::new)
                    .toList(),
            () -> service.countComments(consultationId, filter),
            CommentRow::getId);
  }

  public void startHiding(CommentRow row) {
    select(row);
    reason = null;
  }

  public void startAnswering(CommentRow row) {
    select(row);
    outcome = row.getOutcome();
    justification = row.getResponse();
    resolvedVersion = row.getResolvedVersion();
    resolvedSection = row.getResolvedSection();
  }

  private void select(CommentRow row) {
    selected = row.getId();
    selectedText = row.isHidden() ? row.getHiddenReason() : row.getText();
  }

  public void hide() {
    try {
      moderation.hide(selected, reason);
      done("consultations.manage.hidden");
    } catch (ConsultationRefused refused) {
      Pages.error(faces, "hideForm:reason", "consultations.error." + refused.code().name());
    }
  }

  public void answer() {
    try {
      moderation.respond(
          selected,
          outcome == null ? null : ResponseOutcome.valueOf(outcome),
          justification,
          resolvedVersion,
          resolvedSection);
      done("consultations.manage.answered");
    } catch (ConsultationRefused refused) {
      String field = "outcome".equals(refused.field()) ? "outcome" : "justification";
      Pages.error(faces, "answerForm:" + field, "consultations.error." + refused.code().name());
    }
  }

  private void done(String key) {
    Pages.message(faces, null, FacesMessage.SEVERITY_INFO, Pages.text(faces, key));
  }

  public List<String> getOutcomes() {
    return Arrays.stream(ResponseOutcome.values()).map(Enum::name).toList();
  }

  /** The consulted version's sections as choices: number and heading. */
  public List<SelectItem> getSectionItems() {
    List<SelectItem> items = new ArrayList<>();
    for (int i = 0; i < headings.size(); i++) {
      items.add(new SelectItem(i + 1, headings.get(i)));
    }
    return items;
  }

  public List<String> getHeadings() {
    return headings;
  }

  public ConsultationRow getConsultation() {
    return consultation;
  }

  public PagedList<CommentRow> getComments() {
    return comments;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Integer getSection() {
    return section;
  }

  public void setSection(Integer section) {
    this.section = section;
  }

  public boolean isUnanswered() {
    return unanswered;
  }

  public void setUnanswered(boolean unanswered) {
    this.unanswered = unanswered;
  }

  public String getSelectedText() {
    return selectedText;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  public String getJustification() {
    return justification;
  }

  public void setJustification(String justification) {
    this.justification = justification;
  }

  public Integer getResolvedVersion() {
    return resolvedVersion;
  }

  public void setResolvedVersion(Integer resolvedVersion) {
    this.resolvedVersion = resolvedVersion;
  }

  public String getResolvedSection() {
    return resolvedSection;
  }

  public void setResolvedSection(String resolvedSection) {
    this.resolvedSection = resolvedSection;
  }
}
