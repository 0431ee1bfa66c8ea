package org.plenary.core.drafts.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.plenary.core.drafts.domain.Anchor;
import org.plenary.core.drafts.domain.CommentRefused;
import org.plenary.core.drafts.domain.Draft;
import org.plenary.core.drafts.domain.DraftComment;
import org.plenary.core.drafts.domain.DraftVersion;
import org.plenary.core.groups.application.WorkingGroups;
import org.plenary.core.groups.domain.GroupRole;
import org.plenary.core.groups.domain.NotAGroupMember;
import org.plenary.core.security.domain.Roles;
import org.plenary.core.shared.NotFoundException;

/**
 * Comments inside a group on its drafts: threads anchored to a section or a passage of a version,
 * replies, and resolving or reopening a thread. Only the group's members (any role) and the
 * secretariat read and write them; anyone else gets {@link NotAGroupMember}, even on a draft they
 * may read. A thread is resolved or reopened by its author or a coordinator of the group.
 */
@Stateless
@RolesAllowed({Roles.SECRETARIAT, Roles.DELEGATE, Roles.MEMBER, Roles.MINISTRY})
public class DraftComments {
  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @Inject Drafts drafts;
  @Inject WorkingGroups groups;
  @Inject Clock clock;
  @Inject Event<CommentReplied> replied;

  /** Opens a thread on version {@code versionNumber}, on a section or a passage of it. */
  public DraftComment comment(
      long draftId,
      int versionNumber,
      String sectionKey,
      String quote,
      Integer quoteStart,
      String text) {
    requireParticipant(draftId);
    DraftVersion version = drafts.version(draftId, versionNumber);
    Anchor anchor = Anchor.in(version, sectionKey, quote, quoteStart);
    DraftComment comment =
        DraftComment.open(
            version, anchor, groups.caller(), groups.callerName(), text, clock.instant());
    em.persist(comment);
    return comment;
  }

  /** Replies in the thread of {@code commentId}; its author is told (unless they reply). */
  public DraftComment reply(long draftId, long commentId, String text) {
    requireParticipant(draftId);
    DraftComment thread = existing(draftId, commentId);
    DraftComment reply = thread.reply(groups.caller(), groups.callerName(), text, clock.instant());
    em.persist(reply);
    em.flush();
    DraftComment root = reply.getThread();
    if (!root.getAuthor().equals(reply.getAuthor())) {
      replied.fire(
          new CommentReplied(
              draftId,
              root.getDraft().getTitle(),
              reply.getVersionNumber(),
              root.getAuthor(),
              reply.getAuthor(),
              reply.getAuthorName()));
    }
    return reply;
  }

  /** Resolves or reopens the thread: its author or a coordinator of the group may. */
  public DraftComment changeState(long draftId, long commentId, @NotNull DraftComment.State state) {
    Optional<GroupRole> role = requireParticipant(draftId);
    DraftComment thread = existing(draftId, commentId);
    boolean author = thread.getAuthor().equals(groups.caller());
    if (!author && role.filter(r -> r == GroupRole.COORDINATOR).isEmpty()) {
      throw new CommentRefused(
          CommentRefused.Rule.MAY_NOT_RESOLVE,
          "only the thread's author or a coordinator resolves or reopens it");
    }
    thread.changeState(state, groups.caller(), clock.instant());
    return thread;
  }

  /** The draft's threads, oldest first, a page at a time, each with its replies. */
  public List<CommentThread> threads(long draftId, int first, int size) {
    requireParticipant(draftId);
    List<DraftComment> roots =
        em.createQuery(
                "select c from DraftComment c where c.draft.id = :draft and c.thread is null"
                    + " order by c.createdAt, c.id",
                DraftComment.class)
            .setParameter("draft", draftId)
            .setFirstResult(Math.max(0, first))
            .setMaxResults(Math.max(1, size))
            .getResultList();
    return withReplies(roots);
  }

  public long countThreads(long draftId) {
    requireParticipant(draftId);
    return em.createQuery(
            "select count(c) from DraftComment c where c.draft.id = :draft and c.thread is null",
            Long.class)
        .setParameter("draft", draftId)
        .getSingleResult();
  }

  /**
   * The threads anchored to each section key of the draft (whatever version they were written on),
   * oldest first: what a draft page shows beside each section. Two queries, whatever the number of
   * threads.
   */
  public Map<String, List<CommentThread>> threadsBySection(long draftId) {
    requireParticipant(draftId);
    List<DraftComment> roots =
        em.createQuery(
                "select c from DraftComment c where c.draft.id = :draft and c.thread is null"
                    + " order by c.createdAt, c.id",
                DraftComment.class)
            .setParameter("draft", draftId)
            .getResultList();
    return withReplies(roots).stream()
        .collect(
            Collectors.groupingBy(
                t -> t.getComment().getAnchor().getSectionKey(),
                LinkedHashMap::new,
                Collectors.toList()));
  }

  /** Whether the caller may read and write the draft's comments. */
  public boolean mayComment(long draftId) {
    return session.isCallerInRole(Roles.SECRETARIAT) || drafts.roleOfCaller(draftId).isPresent();
  }

  private List<CommentThread> withReplies(List<DraftComment> roots) {
    if (roots.isEmpty()) {
      return List.of();
    }
    Map<Long, List<DraftComment>> replies =
        em
            .createQuery(
                "select c from DraftComment c where c.thread in :threads"
                    + " order by c.createdAt, c.id",
                DraftComment.class)
            .setParameter("threads", roots)
            .getResultList()
            .stream()
            .collect(Collectors.groupingBy(c -> c.getThread().getId()));
    return roots.stream()
        .map(root -> new CommentThread(root, replies.getOrDefault(root.getId(), List.of())))
        .toList();
  }

  private Optional<GroupRole> requireParticipant(long draftId) {
    Draft draft = drafts.get(draftId);
    Optional<GroupRole> role = groups.roleOfCaller(draft.getGroup());
    if (role.isEmpty() && !session.isCallerInRole(Roles.SECRETARIAT)) {
      throw new NotAGroupMember("only members of the group read and write its comments");
    }
    return role;
  }

  private DraftComment existing(long draftId, long commentId) {
    DraftComment comment = em.find(DraftComment.class, commentId);
    if (comment == null || !comment.getDraft().getId().equals(draftId)) {
      throw new NotFoundException("comment", draftId + "/" + commentId);
    }
    return comment.isReply() ? comment.getThread() : comment;
  }
}
