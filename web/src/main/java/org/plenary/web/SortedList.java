package org.plenary.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.plenary.core.shared.SortColumn;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazy table over a list that filters, sorts and pages in the database: the table's filters (and
 * whatever the page chose above it) make the list's filter, its sorted column one of the list's
 * {@link SortColumn}s. It keeps the filter and order of the rows last shown, for an export link.
 *
 * @param <T> a row
 * @param <F> the list's filter
 * @param <S> the list's sortable columns
 */
public class SortedList<T, F, S extends Enum<S> & SortColumn> extends LazyDataModel<T> {
  private static final long serialVersionUID = 1L;

  /** The list's filter from the table's filters (and the page's own choices). */
  @FunctionalInterface
  public interface Filter<F> extends Serializable {
    F of(Map<String, FilterMeta> filterBy);
  }

  /** Reads one page of the list. */
  @FunctionalInterface
  public interface Page<T, F, S> extends Serializable {
    List<T> read(F filter, S sort, boolean ascending, int first, int size);
  }

  /** Counts the rows the filter keeps. */
  @FunctionalInterface
  public interface Count<F> extends Serializable {
    long count(F filter);
  }

  /** The row key. */
  public interface Key<T> extends Function<T, Object>, Serializable {}

  private final Filter<F> filter;
  private final Page<T, F, S> page;
  private final Count<F> count;
  private final Key<T> key;
  private final SortColumn.Order<S> fallback;
  private F shown;
  private SortColumn.Order<S> shownOrder;

  /**
   * @param fallback the order when no column is sorted
   */
  public SortedList(
      Filter<F> filter,
      Page<T, F, S> page,
      Count<F> count,
      Key<T> key,
      SortColumn.Order<S> fallback) {
    this.filter = filter;
    this.page = page;
    this.count = count;
    this.key = key;
    this.fallback = fallback;
    this.shownOrder = fallback;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, count.count(filter.of(filterBy)));
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    shown = filter.of(filterBy);
    shownOrder =
        LazyTables.order(
            sortBy, fallback.column().getDeclaringClass(), fallback.column(), fallback.ascending());
    return page.read(shown, shownOrder.column(), shownOrder.ascending(), first, pageSize);
  }

  @Override
  public String getRowKey(T row) {
    return String.valueOf(key.apply(row));
  }

  /** The filter of the rows last shown; null before any. */
  public F shownFilter() {
    return shown;
  }

  /** The order of the rows last shown. */
  public SortColumn.Order<S> shownOrder() {
    return shownOrder;
  }

  /**
   * The order as the API's {@code sort} parameter names it: the column, "-" before it descending.
   */
  public String shownSort() {
    return (shownOrder.ascending() ? "" : "-") + shownOrder.column().column();
  }
}
