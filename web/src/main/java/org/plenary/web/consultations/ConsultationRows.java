package org.plenary.web.consultations;

import java.util.List;
import java.util.Map;
import org.plenary.consultation.consultations.application.Consultations;
import org.plenary.consultation.consultations.application.Consultations.ListFilter;
import org.plenary.consultation.consultations.application.Consultations.ListSort;
import org.plenary.consultation.consultations.domain.ConsultationStatus;
import org.plenary.core.shared.SortColumn;
import org.plenary.web.LazyTables;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The public list of consultations as its table pages through it, filtered and sorted in the
 * database: the title column's filter looks in titles and drafters' names, the status is chosen
 * above the table, and with no column sorted those closing last come first.
 */
class ConsultationRows extends LazyDataModel<ConsultationRow> {
  private static final long serialVersionUID = 1L;

  private final Consultations consultations;

  /** The status chosen above the table ("" for any). */
  String status = "";

  ConsultationRows(Consultations consultations) {
    this.consultations = consultations;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, consultations.count(filter(filterBy)));
  }

  @Override
  public List<ConsultationRow> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    SortColumn.Order<ListSort> order =
        LazyTables.order(sortBy, ListSort.class, ListSort.CLOSES_AT, false);
    return consultations
        .page(filter(filterBy), order.column(), order.ascending(), first, pageSize)
        .stream()
        .map(c -> new ConsultationRow(c, consultations.status(c)))
        .toList();
  }

  @Override
  public String getRowKey(ConsultationRow row) {
    return String.valueOf(row.getId());
  }

  ListFilter filter(Map<String, FilterMeta> filterBy) {
    return new ListFilter(
        LazyTables.filterText(filterBy, "title"),
        status.isBlank() ? null : ConsultationStatus.valueOf(status));
  }
}
