package org.plenary.web.consultations.tracker;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.plenary.consultation.tracker.application.Stage;
import org.plenary.consultation.tracker.application.Tracker;

/**
 * The public draft tracker (/consultations/tracker.xhtml): filtered by words of the title or group
 * and by stage, sorted and paged on the database.
 */
@Named
@ViewScoped
public class DraftTrackerView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Tracker tracker;
  @Inject FacesContext faces;

  private TrackerRows drafts;

  @PostConstruct
  void init() {
    drafts = new TrackerRows(tracker);
  }

  public TrackerRows getDrafts() {
    return drafts;
  }

  /** The stage chosen above the table ("" for any). */
  public String getStage() {
    return drafts.stage;
  }

  public void setStage(String stage) {
    drafts.stage = stage == null ? "" : stage;
  }

  /** The CSV of the drafts the table shows (its filter and order), as open data. */
  public String getExportUrl() {
    return faces.getExternalContext().getRequestContextPath()
        + "/api/tracker/export.csv"
        + drafts.shownQuery();
  }

  public List<Stage> getStages() {
    return List.of(Stage.values());
  }
}
