package org.plenary.web.secretariat.minutes;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import org.plenary.agenda.meetings.application.MeetingCatalog;
import org.plenary.agenda.outcomes.application.CirculatedMinutes;
import org.plenary.agenda.outcomes.application.CorrectionView;
import org.plenary.agenda.outcomes.application.MinutesApproval;
import org.plenary.agenda.outcomes.domain.ApprovalRefused;
import org.plenary.agenda.outcomes.domain.CorrectionDecision;
import org.plenary.core.shared.NotFoundException;
import org.plenary.web.i18n.FeedbackMessages;

/**
 * The approval part of the minutes page (/secretariat/minutes/edit.xhtml?slug=): circulating the
 * draft to the registered participants with a closing date-time in the meeting's time zone,
 * deciding each proposed correction (a rejection with a reason) in a table paged in the database,
 * and approving. Refusals show beside the control they concern.
 */
@Named
@ViewScoped
public class MinutesApprovalView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject MinutesApproval approval;
  @Inject MeetingCatalog catalog;
  @Inject FacesContext faces;

  private String slug;
  private String timeZone;
  private CirculatedMinutes circulation;
  private Integer approvedVersion;
  private String closesAt;
  private CorrectionsModel corrections;
  private final Map<Integer, String> reasons = new HashMap<>();

  /** Reads the meeting's approval state (the page's main bean answers unknown meetings). */
  public void load() {
    if (faces.isPostback() || slug == null) {
      return;
    }
    catalog.findPublished(slug).ifPresent(m -> timeZone = m.getTimeZone().getId());
    if (timeZone != null) {
      corrections = new CorrectionsModel(approval, slug);
      refresh();
    }
  }

  private void refresh() {
    try {
      circulation = approval.circulation(slug);
    } catch (NotFoundException notCirculated) {
      circulation = null;
    }
    approvedVersion = approval.latestApprovedVersion(slug).orElse(null);
  }

  /** Circulates the draft minutes, the window closing at the local date-time typed. */
  public void circulate() {
    LocalDateTime local;
    try {
      local = LocalDateTime.parse(closesAt == null ? "" : closesAt.strip());
    } catch (DateTimeParseException e) {
      error("approvalForm:closesAt", "minutes.approval.closesAt.invalid");
      return;
    }
    try {
      approval.circulate(slug, local.atZone(ZoneId.of(timeZone)).toOffsetDateTime());
      info("minutes.approval.circulatedNow");
      refresh();
    } catch (ApprovalRefused refused) {
      error(
          "closesAt".equals(refused.field()) ? "approvalForm:closesAt" : null,
          "minutes.approval.code." + refused.code().name());
    }
  }

  public void accept(CorrectionView correction) {
    decide(correction, CorrectionDecision.ACCEPTED);
  }

  public void reject(CorrectionView correction) {
    decide(correction, CorrectionDecision.REJECTED);
  }

  private void decide(CorrectionView correction, CorrectionDecision decision) {
    try {
      approval.decide(slug, correction.number(), decision, reasons.get(correction.number()));
      reasons.remove(correction.number());
      info("minutes.approval.decided");
      refresh();
    } catch (ApprovalRefused refused) {
      error(null, "minutes.approval.code." + refused.code().name());
    }
  }

  /** Approves the circulated minutes as they read now. */
  public void approve() {
    try {
      approval.approve(slug);
      info("minutes.approval.approvedNow");
      refresh();
    } catch (ApprovalRefused refused) {
      error(null, "minutes.approval.code." + refused.code().name());
    }
  }

  private void error(String clientId, String key) {
    faces.addMessage(
        clientId,
        new FacesMessage(FacesMessage.SEVERITY_ERROR, FeedbackMessages.text(faces, key), null));
    faces.validationFailed();
  }

  private void info(String key) {
    faces.addMessage(
        null,
        new FacesMessage(FacesMessage.SEVERITY_INFO, FeedbackMessages.text(faces, key), null));
  }

  public boolean isKnown() {
    return timeZone != null;
  }

  /** The circulation waiting for approval, or null. */
  public CirculatedMinutes getPending() {
    return circulation != null && !circulation.approved() ? circulation : null;
  }

  public Integer getApprovedVersion() {
    return approvedVersion;
  }

  public CorrectionsModel getCorrections() {
    return corrections;
  }

  public Map<Integer, String> getReasons() {
    return reasons;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public String getClosesAt() {
    return closesAt;
  }

  public void setClosesAt(String closesAt) {
    this.closesAt = closesAt;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }
}
