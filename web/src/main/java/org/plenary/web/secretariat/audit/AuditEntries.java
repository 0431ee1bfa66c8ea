package org.plenary.web.secretariat.audit;

import java.util.List;
import java.util.Map;
import org.plenary.core.audit.application.AuditTrail;
import org.plenary.core.audit.domain.AuditEntry;
import org.plenary.web.LazyTables;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The audit log as the data table pages through it. The table's column fields are the names the
 * filter and the sort arrive under: the actor's filter is typed (a prefix), the action's and the
 * object type's are chosen from lists of codes (whole codes).
 */
class AuditEntries extends LazyDataModel<AuditEntry> {
  private static final long serialVersionUID = 1L;

  static final String OCCURRED_AT = "occurredAt";
  static final String ACTOR = "actor";
  static final String ACTION = "action";
  static final String OBJECT_TYPE = "objectType";

  private final AuditTrail trail;

  /** The filter of the latest page read: what the table shows, for the CSV link. */
  private AuditTrail.Filter shown = AuditTrail.Filter.NONE;

  AuditEntries(AuditTrail trail) {
    this.trail = trail;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, trail.count(filter(filterBy)));
  }

  @Override
  public List<AuditEntry> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    shown = filter(filterBy);
    return trail.page(shown, first, pageSize, oldestFirst(sortBy));
  }

  AuditTrail.Filter shown() {
    return shown;
  }

  @Override
  public String getRowKey(AuditEntry entry) {
    return String.valueOf(entry.getId());
  }

  static AuditTrail.Filter filter(Map<String, FilterMeta> filterBy) {
    return new AuditTrail.Filter(
        LazyTables.filterText(filterBy, ACTOR),
        LazyTables.filterText(filterBy, ACTION),
        LazyTables.filterText(filterBy, OBJECT_TYPE),
        true);
  }

  /** Newest first unless the time column is sorted ascending. */
  static boolean oldestFirst(Map<String, SortMeta> sortBy) {
    SortMeta time = sortBy == null ? null : sortBy.get(OCCURRED_AT);
    return time != null && time.getOrder() == SortOrder.ASCENDING;
  }
}
