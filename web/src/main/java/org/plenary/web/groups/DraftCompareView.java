package org.plenary.web.groups;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.plenary.core.drafts.application.Drafts;
import org.plenary.core.drafts.domain.Draft;
import org.plenary.core.drafts.domain.DraftComparison;

/**
 * What changed between two versions of a draft
 * (/groups/compare.xhtml?draft=id&amp;from=1&amp;to=3&amp;mode=inline|side), section by section,
 * word by word: inline, or side by side.
 */
@Named
@ViewScoped
public class DraftCompareView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Drafts drafts;
  @Inject FacesContext faces;

  private Long draftId;
  private Integer from;
  private Integer to;
  private String mode;
  private Draft draft;
  private DraftComparison comparison;

  public void load() {
    Pages.loadOrRefuse(
        faces,
        () -> {
          if (draftId == null || from == null || to == null) {
            throw new IllegalArgumentException("draft, from and to are needed");
          }
          draft = drafts.get(draftId);
          comparison = drafts.compare(draftId, from, to);
        });
  }

  public boolean isSideBySide() {
    return "side".equals(mode);
  }

  public Long getDraftId() {
    return draftId;
  }

  public void setDraftId(Long draftId) {
    this.draftId = draftId;
  }

  public Integer getFrom() {
    return from;
  }

  public void setFrom(Integer from) {
    this.from = from;
  }

  public Integer getTo() {
    return to;
  }

  public void setTo(Integer to) {
    this.to = to;
  }

  public String getMode() {
    return mode;
  }

  public void setMode(String mode) {
    this.mode = mode;
  }

  public Draft getDraft() {
    return draft;
  }

  public DraftComparison getComparison() {
    return comparison;
  }
}
