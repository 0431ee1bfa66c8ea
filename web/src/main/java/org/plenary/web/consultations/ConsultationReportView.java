package org.plenary.web.consultations;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.List;
import org.plenary.consultation.consultations.application.Consultations;
import org.plenary.consultation.consultations.domain.Consultation;
import org.plenary.consultation.consultations.domain.ConsultationRefused;
import org.plenary.consultation.consultations.domain.ConsultationStatus;
import org.plenary.consultation.statistics.application.Statistics;
import org.plenary.web.groups.PagedList;
import org.plenary.web.groups.Pages;

/**
 * The consultation report (/consultations/report.xhtml?id=...): every published comment with its
 * response, grouped by section (whole draft first), paged on the database; and the CSV.
 */
@Named
@ViewScoped
public class ConsultationReportView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Consultations consultations;
  @Inject Statistics statistics;
  @Inject FacesContext faces;

  private Long id;
  private ConsultationRow consultation;
  private List<String> headings;
  private PagedList<CommentRow> rows;
  private boolean drafter;
  private long unanswered;

  public void load() {
    Pages.loadOrRefuse(
        faces,
        () -> {
          if (id == null) {
            throw new IllegalArgumentException("no consultation");
          }
          Consultation found;
          try {
            found = consultations.reportOf(id);
          } catch (ConsultationRefused notPublished) {
            Pages.refuse(faces, HttpServletResponse.SC_FORBIDDEN);
            return;
          }
          consultation = new ConsultationRow(found, consultations.status(found));
          drafter = consultations.isDrafter(found);
          if (isPublishable()) {
            unanswered = consultations.unanswered(id);
          }
          headings = ConsultedText.headings(consultations.consultedVersion(found));
          long consultationId = id;
          Consultations service = consultations;
          Statistics counts = statistics;
          rows =
              new PagedList<>(
                  (first, size) ->
                      service.report(consultationId, first, size).stream()
                          .map(CommentRow::new)
                          .toList(),
                  // beyond 10,000 comments, the total of the statistics (as of the last minute)
                  () -> counts.published(consultationId),
                  CommentRow::getId);
        });
  }

  /** Whether the caller is the drafter (or the secretariat), who publishes the report. */
  public boolean isDrafter() {
    return drafter;
  }

  /** Whether the report may be published now: the consultation has closed, not yet published. */
  public boolean isPublishable() {
    return drafter && ConsultationStatus.CLOSED.name().equals(consultation.getStatus());
  }

  /** Before publishing: how many comments (published, not hidden) have no answer yet. */
  public long getUnanswered() {
    return unanswered;
  }

  /** The drafter publishes the report: everyone reads it from now on. */
  public void publish() {
    try {
      Consultation published = consultations.publishReport(id);
      consultation = new ConsultationRow(published, consultations.status(published));
      Pages.message(
          faces,
          null,
          jakarta.faces.application.FacesMessage.SEVERITY_INFO,
          Pages.text(faces, "consultations.report.published"));
    } catch (ConsultationRefused refused) {
      Pages.error(faces, null, "consultations.error." + refused.code().name());
    }
  }

  public ConsultationRow getConsultation() {
    return consultation;
  }

  public List<String> getHeadings() {
    return headings;
  }

  public PagedList<CommentRow> getRows() {
    return rows;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
