package org.plenary.web.consultations.tracker;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.plenary.consultation.tracker.application.Stage;
import org.plenary.consultation.tracker.application.TrackedDraft;
import org.plenary.consultation.tracker.application.Tracker;
import org.plenary.core.shared.SortColumn;
import org.plenary.web.LazyTables;
import org.plenary.web.QueryString;
import org.plenary.web.SortedList;

/**
 * The public draft tracker (/consultations/tracker.xhtml): the title column's filter looks in
 * titles and groups' names, the stage is chosen above the table, sorted (by title when no column
 * is) and paged on the database; the drafts shown download as CSV.
 */
@Named
@ViewScoped
public class DraftTrackerView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Tracker tracker;
  @Inject FacesContext faces;

  private String stage = "";
  private SortedList<TrackedDraft, Tracker.Filter, Tracker.Sort> drafts;

  @PostConstruct
  void init() {
    Tracker service = tracker;
    drafts =
        new SortedList<>(
            filterBy ->
                new Tracker.Filter(
                    LazyTables.filterText(filterBy, "title"),
                    stage.isBlank() ? null : Stage.valueOf(stage)),
            service::page,
            service::count,
            TrackedDraft::getDraftId,
            new SortColumn.Order<>(Tracker.Sort.TITLE, true));
  }

  public SortedList<TrackedDraft, Tracker.Filter, Tracker.Sort> getDrafts() {
    return drafts;
  }

  /** The stage chosen above the table ("" for any). */
  public String getStage() {
    return stage;
  }

  public void setStage(String stage) {
    this.stage = stage == null ? "" : stage;
  }

  /** The CSV of the drafts the table shows (its filter and order), as open data. */
  public String getExportUrl() {
    Tracker.Filter shown = drafts.shownFilter();
    return faces.getExternalContext().getRequestContextPath()
        + "/api/tracker/export.csv"
        + new QueryString()
            .add("q", shown == null ? null : shown.text())
            .add("stage", shown == null || shown.stage() == null ? null : shown.stage().name())
            .add("sort", drafts.shownSort());
  }

  public List<Stage> getStages() {
    return List.of(Stage.values());
  }
}
