package org.plenary.web.groups;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazy data table's rows, read a page at a time from an application service: one query for the
 * page, one for the count.
 */
public class PagedList<T> extends LazyDataModel<T> {
  private static final long serialVersionUID = 1L;

  /** Reads one page. */
  @FunctionalInterface
  public interface Page<T> extends Serializable {
    List<T> read(int first, int size);
  }

  /** Counts every row. */
  @FunctionalInterface
  public interface Count extends Serializable {
    long count();
  }

  /** The row key. */
  public interface Key<T> extends Function<T, Object>, Serializable {}

  private final Page<T> page;
  private final Count count;
  private final Key<T> key;

  public PagedList(Page<T> page, Count count, Key<T> key) {
    this.page = page;
    this.count = count;
    this.key = key;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, count.count());
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return page.read(first, pageSize);
  }

  @Override
  public String getRowKey(T row) {
    return String.valueOf(key.apply(row));
  }
}
