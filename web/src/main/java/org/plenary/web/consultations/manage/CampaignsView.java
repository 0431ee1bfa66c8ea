package org.plenary.web.consultations.manage;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.plenary.consultation.campaigns.application.Campaign;
import org.plenary.consultation.campaigns.application.Campaigns;
import org.plenary.consultation.consultations.application.CommentModeration;
import org.plenary.consultation.consultations.application.Consultations;
import org.plenary.consultation.consultations.domain.Consultation;
import org.plenary.consultation.consultations.domain.ConsultationRefused;
import org.plenary.consultation.consultations.domain.ResponseOutcome;
import org.plenary.web.consultations.ConsultationRow;
import org.plenary.web.groups.PagedList;
import org.plenary.web.groups.Pages;

/**
 * The drafter's page of a consultation's campaigns (/consultations/manage/campaigns.xhtml?id=...):
 * every group of identical comments as "one text × N", largest first, in a lazy table; one answer
 * in a dialog is recorded for every copy. Anyone but the drafter and the secretariat gets 403.
 */
@Named
@ViewScoped
public class CampaignsView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Consultations consultations;
  @Inject CommentModeration moderation;
  @Inject Campaigns campaigns;
  @Inject FacesContext faces;

  private Long id;
  private ConsultationRow consultation;
  private PagedList<Campaign> groups;

  private String selected;
  private String selectedText;
  private String outcome;
  private String justification;

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
          long consultationId = id;
          Campaigns service = campaigns;
          groups =
              new PagedList<>(
                  (first, size) -> service.page(consultationId, Campaigns.MIN_COPIES, first, size),
                  () -> service.count(consultationId, Campaigns.MIN_COPIES),
                  Campaign::getHash);
        });
  }

  public void startAnswering(Campaign campaign) {
    selected = campaign.getHash();
    selectedText =
        campaign.isHidden()
            ? Pages.text(faces, "consultations.comment.hidden", campaign.getHiddenReason())
            : campaign.getText();
    outcome = campaign.getOutcome();
    justification = campaign.getResponse();
  }

  public void answer() {
    try {
      int answered =
          campaigns.respond(
              id,
              selected,
              outcome == null ? null : ResponseOutcome.valueOf(outcome),
              justification,
              null,
              null);
      Pages.message(
          faces,
          null,
          FacesMessage.SEVERITY_INFO,
          Pages.text(faces, "campaigns.answered", answered));
    } catch (ConsultationRefused refused) {
      String field = "outcome".equals(refused.field()) ? "outcome" : "justification";
      Pages.error(faces, "answerForm:" + field, "consultations.error." + refused.code().name());
    }
  }

  public List<String> getOutcomes() {
    return Arrays.stream(ResponseOutcome.values()).map(Enum::name).toList();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public ConsultationRow getConsultation() {
    return consultation;
  }

  /**
   * When the groups were counted, in the consultation's time zone (they are kept up to a minute).
   */
  public String getGroupedAt() {
    return campaigns
        .groupedAt(id)
        .atZoneSameInstant(java.time.ZoneId.of(consultation.getTimeZone()))
        .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
  }

  public PagedList<Campaign> getGroups() {
    return groups;
  }

  public String getSelectedText() {
    return selectedText;
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
}
