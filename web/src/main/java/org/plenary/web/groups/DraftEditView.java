package org.plenary.web.groups;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.plenary.core.drafts.application.Drafts;
import org.plenary.core.drafts.domain.Draft;
import org.plenary.core.drafts.domain.DraftChangedMeanwhile;
import org.plenary.core.drafts.domain.DraftRefused;
import org.plenary.core.drafts.domain.DraftStatus;
import org.plenary.core.drafts.domain.DraftVersion;
import org.plenary.core.files.domain.FileRefused;
import org.plenary.core.groups.domain.GroupRole;
import org.plenary.core.groups.domain.NotAGroupMember;

/**
 * Editing a draft (/groups/edit.xhtml?draft=id): the sections of the latest version, saved as the
 * next version. When someone saved a version meanwhile, nothing is saved and the author sees their
 * text beside the newer one and chooses: keep theirs, save mine over it, or edit a merged text.
 */
@Named
@ViewScoped
public class DraftEditView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Drafts drafts;
  @Inject FacesContext faces;

  private Long draftId;
  private Draft draft;
  private int base;
  private List<SectionForm> sections = new ArrayList<>();
  private String note;
  private DraftVersion theirs;
  private boolean merging;
  private transient Part document;
  private String documentNote;

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
          boolean editor = drafts.roleOfCaller(draftId).map(GroupRole::mayEdit).orElse(false);
          if (!editor || draft.getStatus() == DraftStatus.FINAL) {
            throw new NotAGroupMember("only the group's coordinators and members edit");
          }
          edit(drafts.latest(draftId));
        });
  }

  private void edit(DraftVersion version) {
    base = version.getNumber();
    sections = new ArrayList<>(version.getSections().stream().map(SectionForm::new).toList());
  }

  public void addSection() {
    sections.add(new SectionForm());
  }

  public void removeSection(SectionForm section) {
    sections.remove(section);
  }

  /** Saves the next version, or shows the conflict when someone saved one meanwhile. */
  public void save() {
    try {
      DraftVersion saved =
          drafts.write(draftId, base, sections.stream().map(SectionForm::text).toList(), note);
      Pages.redirect(
          faces, "/groups/draft.xhtml?draft=" + draftId + "&version=" + saved.getNumber());
    } catch (DraftChangedMeanwhile stale) {
      theirs = drafts.latest(draftId);
      merging = false;
    } catch (DraftRefused refused) {
      Pages.error(faces, null, "drafts.rule." + refused.rule().name());
    }
  }

  /**
   * Saves the uploaded document (PDF, DOCX or ODT, checked by content) as the next version with the
   * sections of the version being edited; a refused file is named beside the upload field.
   */
  public void upload() {
    String field = "uploadForm:document";
    if (document == null || document.getSize() == 0) {
      Pages.error(faces, field, "files.required");
      return;
    }
    try (InputStream content = document.getInputStream()) {
      DraftVersion saved =
          drafts.upload(draftId, base, content, document.getSubmittedFileName(), documentNote);
      Pages.redirect(
          faces, "/groups/draft.xhtml?draft=" + draftId + "&version=" + saved.getNumber());
    } catch (FileRefused refused) {
      Pages.refusedFile(faces, field, refused, drafts.maxUploadBytes());
    } catch (DraftChangedMeanwhile stale) {
      Pages.error(faces, field, "files.changedMeanwhile");
    } catch (DraftRefused refused) {
      Pages.error(faces, field, "drafts.rule." + refused.rule().name());
    } catch (IOException unreadable) {
      Pages.error(faces, field, "files.unreadable");
    }
  }

  /** Drops the author's text and reads the newer version. */
  public void keepTheirs() {
    Pages.redirect(
        faces, "/groups/draft.xhtml?draft=" + draftId + "&version=" + theirs.getNumber());
  }

  /** Saves the author's text as it is, after the newer version. */
  public void overwriteWithMine() {
    base = theirs.getNumber();
    save();
  }

  /** Keeps the author's text in the editor, now based on the newer version, theirs shown above. */
  public void editMerged() {
    base = theirs.getNumber();
    merging = true;
  }

  public boolean isConflict() {
    return theirs != null && !merging;
  }

  public boolean isEditing() {
    return theirs == null || merging;
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

  public int getBase() {
    return base;
  }

  public int getNext() {
    return base + 1;
  }

  public List<SectionForm> getSections() {
    return sections;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public DraftVersion getTheirs() {
    return theirs;
  }

  public boolean isMerging() {
    return merging;
  }

  public Part getDocument() {
    return document;
  }

  public void setDocument(Part document) {
    this.document = document;
  }

  public String getDocumentNote() {
    return documentNote;
  }

  public void setDocumentNote(String documentNote) {
    this.documentNote = documentNote;
  }

  /** The largest document accepted, in MiB, to tell the author before they choose one. */
  public long getMaxUploadMegabytes() {
    return drafts.maxUploadBytes() / (1024 * 1024);
  }
}
