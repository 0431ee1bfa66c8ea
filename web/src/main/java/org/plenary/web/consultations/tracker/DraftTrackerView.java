package org.plenary.web.consultations.tracker;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.plenary.consultation.tracker.application.TrackedDraft;
import org.plenary.consultation.tracker.application.Tracker;
import org.plenary.web.groups.PagedList;

/** The public draft tracker (/consultations/tracker.xhtml), paged on the database. */
@Named
@ViewScoped
public class DraftTrackerView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Tracker tracker;

  private PagedList<TrackedDraft> drafts;

  @PostConstruct
  void init() {
    Tracker service = tracker;
    drafts = new PagedList<>(service::page, service::count, TrackedDraft::getDraftId);
  }

  public PagedList<TrackedDraft> getDrafts() {
    return drafts;
  }
}
