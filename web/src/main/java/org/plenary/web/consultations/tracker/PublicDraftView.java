package org.plenary.web.consultations.tracker;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.plenary.consultation.tracker.application.PublicDraft;
import org.plenary.consultation.tracker.application.PublicDrafts;
import org.plenary.core.drafts.domain.DraftVersion;
import org.plenary.web.groups.Pages;

/**
 * A public draft's page (/consultations/draft.xhtml?id=3&amp;version=2): where it stands, its dated
 * progress, the versions the public may read, and one of them (the newest without {@code version}).
 * A draft or version that is not public is not found.
 */
@Named
@RequestScoped
public class PublicDraftView {
  @Inject PublicDrafts drafts;
  @Inject FacesContext faces;

  private Long id;
  private Integer version;
  private PublicDraft draft;
  private DraftVersion shown;

  public void load() {
    Pages.loadOrRefuse(
        faces,
        () -> {
          if (id == null) {
            throw new IllegalArgumentException("id is needed");
          }
          draft = drafts.get(id);
          Integer number = version == null ? draft.latestVersion() : version;
          if (number != null) {
            shown = drafts.version(draft, number);
          }
        });
  }

  /** The public version before the one shown, to compare with; null for none. */
  public Integer getPrevious() {
    return shown == null ? null : draft.versionBefore(shown.getNumber());
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Integer getVersion() {
    return version;
  }

  public void setVersion(Integer version) {
    this.version = version;
  }

  public PublicDraft getDraft() {
    return draft;
  }

  public DraftVersion getShown() {
    return shown;
  }
}
