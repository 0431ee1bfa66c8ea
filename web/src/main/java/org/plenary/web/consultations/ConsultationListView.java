package org.plenary.web.consultations;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.plenary.consultation.consultations.application.Consultations;
import org.plenary.web.groups.PagedList;

/** The public list of consultations (/consultations/list.xhtml), paged on the database. */
@Named
@ViewScoped
public class ConsultationListView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Consultations consultations;

  private PagedList<ConsultationRow> rows;

  @PostConstruct
  void init() {
    Consultations service = consultations;
    rows =
        new PagedList<>(
            (first, size) ->
                service.page(first, size).stream()
                    .map(c -> new ConsultationRow(c, service.status(c)))
                    .toList(),
            service::count,
            ConsultationRow::getId);
  }

  public PagedList<ConsultationRow> getConsultations() {
    return rows;
  }
}
