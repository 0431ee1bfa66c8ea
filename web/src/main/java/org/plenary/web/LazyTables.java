package org.plenary.web;

import java.util.Map;
import org.plenary.core.shared.SortColumn;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * What a lazy data table asks of its model, in the terms of the lists it pages through: the text
 * typed into a column's filter, and the column sorted on (tables sort on one column at a time).
 */
public final class LazyTables {
  private LazyTables() {}

  /** The text typed into the filter of the column with this field; null when there is none. */
  public static String filterText(Map<String, FilterMeta> filterBy, String field) {
    FilterMeta meta = filterBy == null ? null : filterBy.get(field);
    Object value = meta == null ? null : meta.getFilterValue();
    return value == null || value.toString().isBlank() ? null : value.toString();
  }

  /**
   * The list's column named by the sorted column's field and the table's direction; the given
   * column and direction when no column is sorted.
   */
  public static <E extends Enum<E> & SortColumn> SortColumn.Order<E> order(
      Map<String, SortMeta> sortBy, Class<E> type, E fallback, boolean fallbackAscending) {
    SortMeta sort = sortBy == null ? null : sortBy.values().stream().findFirst().orElse(null);
    if (sort == null) {
      return new SortColumn.Order<>(fallback, fallbackAscending);
    }
    return new SortColumn.Order<>(
        SortColumn.named(type, sort.getField()).orElse(fallback),
        sort.getOrder() != SortOrder.DESCENDING);
  }
}
