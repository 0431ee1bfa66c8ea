package org.plenary.web.groups;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.plenary.core.drafts.application.CommentThread;
import org.plenary.core.drafts.application.DraftComments;
import org.plenary.core.drafts.application.Drafts;
import org.plenary.core.drafts.domain.CommentRefused;
import org.plenary.core.drafts.domain.Draft;
import org.plenary.core.drafts.domain.DraftComment;
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
  @Inject DraftComments comments;
  @Inject FacesContext faces;

  private Long draftId;
  private Integer version;
  private Draft draft;
  private DraftVersion shown;
  private GroupRole role;
  private LazyDataModel<DraftVersion> versions;
  private boolean mayComment;
  private Map<String, List<CommentThread>> threads = Map.of();
  private final Map<String, String> newComments = new HashMap<>();
  private final Map<String, String> quotes = new HashMap<>();
  private final Map<Long, String> replies = new HashMap<>();

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
          mayComment = comments.mayComment(draftId);
          loadThreads();
        });
  }

  private void loadThreads() {
    threads = mayComment ? comments.threadsBySection(draftId) : Map.of();
  }

  /**
   * Opens a thread on a section of the shown version, or on the passage given in the section's
   * quote field; a refusal is shown beside that field ({@code index}: the section's place).
   */
  public void comment(String sectionKey, int index) {
    String field = "commentsForm:sections:" + index + ":";
    try {
      comments.comment(
          draftId,
          shown.getNumber(),
          sectionKey,
          quotes.get(sectionKey),
          null,
          newComments.get(sectionKey));
      newComments.remove(sectionKey);
      quotes.remove(sectionKey);
      loadThreads();
      Pages.message(faces, null, FacesMessage.SEVERITY_INFO, Pages.text(faces, "comments.added"));
    } catch (CommentRefused refused) {
      boolean aboutQuote = refused.rule() == CommentRefused.Rule.PASSAGE_NOT_IN_SECTION;
      Pages.error(
          faces,
          field + (aboutQuote ? "quote" : "newComment"),
          "comments.rule." + refused.rule().name());
    }
  }

  /** Replies in a thread. */
  public void reply(CommentThread thread) {
    long id = thread.getComment().getId();
    try {
      comments.reply(draftId, id, replies.get(id));
      replies.remove(id);
      loadThreads();
      Pages.message(faces, null, FacesMessage.SEVERITY_INFO, Pages.text(faces, "comments.replied"));
    } catch (CommentRefused refused) {
      Pages.error(faces, null, "comments.rule." + refused.rule().name());
    }
  }

  /** Resolves an open thread, reopens a resolved one. */
  public void toggleState(CommentThread thread) {
    DraftComment comment = thread.getComment();
    try {
      comments.changeState(
          draftId,
          comment.getId(),
          comment.isResolved() ? DraftComment.State.OPEN : DraftComment.State.RESOLVED);
      loadThreads();
    } catch (CommentRefused refused) {
      Pages.error(faces, null, "comments.rule." + refused.rule().name());
    }
  }

  /** The threads anchored to the section, whatever version they were written on. */
  public List<CommentThread> threadsOf(String sectionKey) {
    return threads.getOrDefault(sectionKey, List.of());
  }

  /** Whether the caller may resolve or reopen the thread: its author or a coordinator. */
  public boolean mayChangeState(CommentThread thread) {
    return role == GroupRole.COORDINATOR
        || thread.getComment().getAuthor().equals(faces.getExternalContext().getRemoteUser());
  }

  public boolean isMayComment() {
    return mayComment;
  }

  public Map<String, String> getNewComments() {
    return newComments;
  }

  public Map<String, String> getQuotes() {
    return quotes;
  }

  public Map<Long, String> getReplies() {
    return replies;
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

  /** A coordinator declares the draft final: adopted, no more versions. */
  public void finalise() {
    try {
      draft = drafts.finalise(draftId);
      Pages.message(faces, null, FacesMessage.SEVERITY_INFO, Pages.text(faces, "drafts.finalised"));
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

  /** Whether the caller may declare the draft final: a coordinator, while it is not final. */
  public boolean isMayFinalise() {
    return role == GroupRole.COORDINATOR
        && draft.getStatus() != DraftStatus.FINAL
        && draft.getLatestVersion() > 0;
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
