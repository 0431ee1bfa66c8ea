package org.plenary.web.consultations;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.plenary.consultation.consultations.application.Consultations;
import org.plenary.consultation.consultations.domain.ConsultationStatus;

/**
 * The public list of consultations (/consultations/list.xhtml): paged, filtered by words of the
 * title or drafter and by status, and sorted, all on the database.
 */
@Named
@ViewScoped
public class ConsultationListView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Consultations consultations;

  private ConsultationRows rows;

  @PostConstruct
  void init() {
    rows = new ConsultationRows(consultations);
  }

  public ConsultationRows getConsultations() {
    return rows;
  }

  /** The status chosen above the table ("" for any). */
  public String getStatus() {
    return rows.status;
  }

  public void setStatus(String status) {
    rows.status = status == null ? "" : status;
  }

  public List<ConsultationStatus> getStatuses() {
    return List.of(ConsultationStatus.values());
  }
}
