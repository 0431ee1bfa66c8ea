package org.plenary.web.groups;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.plenary.core.drafts.application.Drafts;
import org.plenary.core.drafts.domain.Draft;

/**
 * What changed between two versions of a draft
 * (/groups/compare.xhtml?draft=id&amp;from=1&amp;to=3&amp;mode=inline|side), section by section,
 * word by word: inline, or side by side.
 */
@Named
@ViewScoped
public class DraftCompareView extends VersionComparisonPage {
  private static final long serialVersionUID = 1L;

  @Inject Drafts drafts;
  @Inject FacesContext faces;

  private Long draftId;
  private Draft draft;

  public void load() {
    Pages.loadOrRefuse(
        faces,
        () -> {
          if (draftId == null) {
            throw new IllegalArgumentException("draft is needed");
          }
          requireVersions();
          draft = drafts.get(draftId);
          comparison = drafts.compare(draftId, getFrom(), getTo());
        });
  }

  public Long getDraftId() {
    return draftId;
  }

  public void setDraftId(Long draftId) {
    this.draftId = draftId;
  }

  public Draft getDraft() {
    return draft;
  }
}
