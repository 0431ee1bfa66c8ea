package org.plenary.consultation.consultations.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import org.plenary.consultation.consultations.domain.Comment;
import org.plenary.consultation.consultations.domain.Consultation;
import org.plenary.consultation.consultations.domain.ConsultationRefused;
import org.plenary.consultation.consultations.domain.ConsultationRefused.Code;
import org.plenary.consultation.consultations.domain.ConsultationStatus;
import org.plenary.consultation.consultations.domain.ResponseOutcome;
import org.plenary.consultation.shared.CommentSummaries;
import org.plenary.core.audit.application.AuditLog;
import org.plenary.core.audit.domain.AuditAction;
import org.plenary.core.audit.domain.AuditObjectType;
import org.plenary.core.drafts.application.Drafts;
import org.plenary.core.drafts.domain.Draft;
import org.plenary.core.groups.domain.GroupRole;
import org.plenary.core.security.domain.Roles;
import org.plenary.core.shared.NotFoundException;

/**
 * The drafter's work on the comments: hide one with a reason shown in its place (nothing is
 * deleted), and answer each one. The drafter is whoever opened the consultation or a coordinator of
 * the group owning the draft; the secretariat may too. Every change is audited. Once the report is
 * published, its comments and answers no longer change.
 */
@Stateless
@RolesAllowed({Roles.SECRETARIAT, Roles.MINISTRY, Roles.MEMBER, Roles.DELEGATE})
public class CommentModeration {
  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @Inject Consultations consultations;
  @Inject Drafts drafts;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /** Whether the caller answers for this consultation. */
  public boolean mayModerate(long consultationId) {
    Consultation consultation = consultations.get(consultationId);
    return session.isCallerInRole(Roles.SECRETARIAT)
        || consultation.getCreatedBy().equals(caller())
        || drafts
            .roleOfCaller(consultation.getDraftId())
            .filter(r -> r == GroupRole.COORDINATOR)
            .isPresent();
  }

  /** Hides a comment; its reason is shown in its place to everyone. */
  public Comment hide(long commentId, String reason) {
    Comment comment = moderated(commentId);
    comment.hide(reason, caller(), clock.instant());
    written(comment);
    CommentSummaries.invalidate(em, comment.getConsultationId());
    audit.record(
        AuditAction.CONSULTATION_COMMENT_HIDDEN,
        AuditObjectType.CONSULTATION_COMMENT,
        commentId,
        reason);
    return comment;
  }

  /** Answers a comment (or changes the answer). */
  public Comment respond(
      long commentId,
      ResponseOutcome outcome,
      String justification,
      Integer inVersion,
      String inSection) {
    Comment comment = moderated(commentId);
    if (inVersion != null) {
      Draft draft =
          em.find(Draft.class, consultations.get(comment.getConsultationId()).getDraftId());
      // resolved in a version the draft has, or in the next one (the drafter's promise)
      if (draft != null && inVersion > draft.getLatestVersion() + 1) {
        throw new ConsultationRefused(
            Code.VERSION_UNKNOWN,
            "resolvedInVersion",
            "the draft's latest version is "
                + draft.getLatestVersion()
                + ": a comment is resolved in it, an earlier one or the next");
      }
    }
    comment.respond(outcome, justification, inVersion, inSection, caller(), clock.instant());
    written(comment);
    CommentSummaries.invalidate(em, comment.getConsultationId());
    audit.record(
        AuditAction.CONSULTATION_COMMENT_ANSWERED,
        AuditObjectType.CONSULTATION_COMMENT,
        commentId,
        String.valueOf(outcome));
    return comment;
  }

  private Comment moderated(long commentId) {
    Comment comment =
        Optional.ofNullable(em.find(Comment.class, commentId))
            .filter(Comment::isPublished)
            .orElseThrow(() -> new NotFoundException("comment", commentId));
    if (!mayModerate(comment.getConsultationId())) {
      throw new ConsultationRefused(
          Code.NOT_THE_DRAFTER, null, "only the drafter or the secretariat moderates comments");
    }
    if (consultations.get(comment.getConsultationId()).status(clock.instant())
        == ConsultationStatus.REPORT_PUBLISHED) {
      throw new ConsultationRefused(
          Code.REPORT_PUBLISHED,
          null,
          "the report of this consultation is published: its comments and answers stay as it"
              + " shows them");
    }
    return comment;
  }

  /**
   * Writes the change now, so that a drafter who answered the same comment a moment earlier is a
   * refusal the caller can act on, not a failure of the commit (which the container logs as a
   * system exception with its stack trace).
   */
  private void written(Comment comment) {
    try {
      em.flush();
    } catch (OptimisticLockException changed) {
      throw new ConsultationRefused(
          Code.CHANGED_MEANWHILE,
          null,
          "someone else changed comment " + comment.getId() + " at the same time");
    }
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
