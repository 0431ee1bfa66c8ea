package org.plenary.web.consultations.tracker;

import java.util.List;
import java.util.Map;
import org.plenary.consultation.tracker.application.Stage;
import org.plenary.consultation.tracker.application.TrackedDraft;
import org.plenary.consultation.tracker.application.Tracker;
import org.plenary.core.shared.SortColumn;
import org.plenary.web.LazyTables;
import org.plenary.web.QueryString;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The tracker's table as it pages through the public drafts, filtered and sorted in the database:
 * the title column's filter looks in titles and groups' names, the stage is chosen above the table,
 * and with no column sorted the drafts come by title.
 */
class TrackerRows extends LazyDataModel<TrackedDraft> {
  private static final long serialVersionUID = 1L;

  private final Tracker tracker;

  /** The stage chosen above the table ("" for any). */
  String stage = "";

  /** The filter and order of the rows last shown, which the CSV link carries. */
  private Tracker.Filter shown = Tracker.Filter.ALL;

  private SortColumn.Order<Tracker.Sort> shownOrder =
      new SortColumn.Order<>(Tracker.Sort.TITLE, true);

  TrackerRows(Tracker tracker) {
    this.tracker = tracker;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, tracker.count(filter(filterBy)));
  }

  @Override
  public List<TrackedDraft> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    SortColumn.Order<Tracker.Sort> order =
        LazyTables.order(sortBy, Tracker.Sort.class, Tracker.Sort.TITLE, true);
    shown = filter(filterBy);
    shownOrder = order;
    return tracker.page(shown, order.column(), order.ascending(), first, pageSize);
  }

  @Override
  public String getRowKey(TrackedDraft row) {
    return String.valueOf(row.getDraftId());
  }

  /** The query of the API's list and CSV export that gives the rows last shown. */
  String shownQuery() {
    return new QueryString()
        .add("q", shown.text())
        .add("stage", shown.stage() == null ? null : shown.stage().name())
        .add("sort", (shownOrder.ascending() ? "" : "-") + shownOrder.column().column())
        .toString();
  }

  private Tracker.Filter filter(Map<String, FilterMeta> filterBy) {
    return new Tracker.Filter(
        LazyTables.filterText(filterBy, "title"), stage.isBlank() ? null : Stage.valueOf(stage));
  }
}
