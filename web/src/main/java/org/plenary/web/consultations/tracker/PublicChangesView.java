package org.plenary.web.consultations.tracker;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.plenary.consultation.tracker.application.PublicDraft;
import org.plenary.consultation.tracker.application.PublicDrafts;
import org.plenary.web.groups.Pages;
import org.plenary.web.groups.VersionComparisonPage;

/**
 * What changed between two public versions of a draft
 * (/consultations/changes.xhtml?id=3&amp;from=1&amp;to=2&amp;mode=inline|side), section by section,
 * word by word. Another version is not found.
 */
@Named
@RequestScoped
public class PublicChangesView extends VersionComparisonPage {
  @Inject PublicDrafts drafts;
  @Inject FacesContext faces;

  private Long id;
  private PublicDraft draft;

  public void load() {
    Pages.loadOrRefuse(
        faces,
        () -> {
          if (id == null) {
            throw new IllegalArgumentException("id is needed");
          }
          requireVersions();
          draft = drafts.get(id);
          comparison = drafts.compare(draft, getFrom(), getTo());
        });
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public PublicDraft getDraft() {
    return draft;
  }
}
