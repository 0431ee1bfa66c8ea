package org.plenary.web.groups;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.IntStream;
import org.plenary.core.drafts.application.Drafts;
import org.plenary.core.drafts.domain.Draft;
import org.plenary.core.drafts.domain.DraftRefused;
import org.plenary.core.drafts.domain.DraftStatus;
import org.plenary.core.drafts.domain.DraftVersion;
import org.plenary.core.groups.domain.GroupRole;
import org.primefaces.model.LazyDataModel;

/**
 * A draft (/groups/draft.xhtml?draft=id&amp;version=n): one version's sections (the latest unless
 * asked), the status trail, every version, comparing two, and sharing with the delegates.
 */
@Named
@ViewScoped
public class DraftView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Drafts drafts;
  @Inject FacesContext faces;

  private Long draftId;
  private Integer version;
  private Draft draft;
  private DraftVersion shown;
  private GroupRole role;
  private LazyDataModel<DraftVersion> versions;

  public void load() {
    if (faces.isPostback()) {
      return;
    }
    Pages.loadOrRefuse(
        faces,
        () -> {
          if (draftId == null) {
            throw new IllegalArgumentException("no draft");
          }
          draft = drafts.get(draftId);
          shown = drafts.version(draftId, version == null ? draft.getLatestVersion() : version);
          role = drafts.roleOfCaller(draftId).orElse(null);
        });
  }

  /** A coordinator shares the draft with every delegate. */
  public void share() {
    try {
      draft = drafts.shareWithDelegates(draftId);
      Pages.message(faces, null, FacesMessage.SEVERITY_INFO, Pages.text(faces, "drafts.shared"));
    } catch (DraftRefused refused) {
      Pages.error(faces, null, "drafts.rule." + refused.rule().name());
    }
  }

  public LazyDataModel<DraftVersion> getVersions() {
    if (versions == null && draftId != null) {
      Drafts service = drafts;
      long id = draftId;
      versions =
          new PagedList<>(
              (first, size) -> service.versions(id, first, size),
              () -> service.get(id).getLatestVersion(),
              DraftVersion::getNumber);
    }
    return versions;
  }

  /** 1 to the latest, for choosing two versions to compare. */
  public List<Integer> getVersionNumbers() {
    return draft == null
        ? List.of()
        : IntStream.rangeClosed(1, draft.getLatestVersion()).boxed().toList();
  }

  public boolean isMayEdit() {
    return role != null && role.mayEdit() && draft.getStatus() != DraftStatus.FINAL;
  }

  public boolean isMayShare() {
    return role == GroupRole.COORDINATOR && draft.getStatus() == DraftStatus.WORKING_DRAFT;
  }

  /** The group's space, for its members only. */
  public boolean isMember() {
    return role != null;
  }

  public Long getDraftId() {
    return draftId;
  }

  public void setDraftId(Long draftId) {
    this.draftId = draftId;
  }

  public Integer getVersion() {
    return version;
  }

  public void setVersion(Integer version) {
    this.version = version;
  }

  public Draft getDraft() {
    return draft;
  }

  public DraftVersion getShown() {
    return shown;
  }
}
