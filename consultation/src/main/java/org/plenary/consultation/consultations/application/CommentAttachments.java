package org.plenary.consultation.consultations.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.plenary.consultation.consultations.domain.Comment;
import org.plenary.consultation.consultations.domain.CommentAttachment;
import org.plenary.consultation.consultations.domain.Consultation;
import org.plenary.consultation.consultations.domain.ConsultationRefused;
import org.plenary.consultation.consultations.domain.ConsultationRefused.Code;
import org.plenary.core.files.application.FileStore;
import org.plenary.core.files.domain.StoredFile;
import org.plenary.core.shared.NotFoundException;

/**
 * A comment's one attachment, with the checks of draft files (PDF, DOCX or ODT by content, the
 * upload size limit, a generated name outside the web root: {@link FileStore}). Anyone who may
 * comment uploads while the consultation is open and gets a token; the comment naming the token
 * takes the file. Anyone downloads it once its comment is published, unless the comment is hidden.
 */
@Stateless
@PermitAll
public class CommentAttachments {
  @PersistenceContext EntityManager em;
  @Inject Consultations consultations;
  @Inject FileStore files;
  @Inject Clock clock;

  /** What a download sends: the stored file and where its content is. */
  public record Download(StoredFile file, Path content) {}

  /**
   * Keeps an upload for a comment on an open consultation; returns its token.
   *
   * @throws ConsultationRefused CONSULTATION_CLOSED outside the open period
   * @throws org.plenary.core.files.domain.FileRefused empty, too large or not an accepted type
   */
  public String upload(long consultationId, InputStream content, String name) {
    Consultation consultation = consultations.get(consultationId);
    consultation.requireOpen(clock.instant());
    StoredFile file = files.store(content, name);
    CommentAttachment attachment = new CommentAttachment(consultationId, file, clock.instant());
    em.persist(attachment);
    return attachment.getToken();
  }

  /**
   * Checks a token before the comment is stored. A used one is accepted only with an idempotency
   * key ({@code retry}): the retried submission of its own comment; {@link #attach} still refuses
   * it if another comment took it.
   *
   * @throws ConsultationRefused ATTACHMENT_REFUSED for an unknown or used token
   */
  public void check(long consultationId, String token, boolean retry) {
    if (byToken(consultationId, token).filter(a -> retry || !a.isAttached()).isEmpty()) {
      throw new ConsultationRefused(
          Code.ATTACHMENT_REFUSED, "attachment", "unknown or used attachment: upload it again");
    }
  }

  /** The comment takes the upload of the token (again for a retried submission: no change). */
  public void attach(long consultationId, String token, long commentId) {
    byToken(consultationId, token)
        .orElseThrow(
            () ->
                new ConsultationRefused(
                    Code.ATTACHMENT_REFUSED, "attachment", "unknown attachment: upload it again"))
        .attachTo(commentId);
  }

  /**
   * The attachment of a published comment that is not hidden.
   *
   * @throws NotFoundException when the comment is unknown, unpublished, hidden or has none
   */
  public Download of(long consultationId, long commentId) {
    Comment comment = consultations.comment(consultationId, commentId);
    if (comment.isHidden()) {
      throw new NotFoundException("attachment", commentId);
    }
    CommentAttachment attachment =
        em.createQuery(
                "select a from CommentAttachment a join fetch a.file where a.commentId = :comment",
                CommentAttachment.class)
            .setParameter("comment", commentId)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new NotFoundException("attachment", commentId));
    return new Download(attachment.getFile(), files.content(attachment.getFile()));
  }

  /**
   * The files attached to the given comments, by comment id, in one query (for a page of comments;
   * whether each comment may be shown is the caller's business).
   */
  public Map<Long, StoredFile> ofComments(long consultationId, Collection<Long> commentIds) {
    if (commentIds.isEmpty()) {
      return Map.of();
    }
    Map<Long, StoredFile> files = new HashMap<>();
    em.createQuery(
            "select a from CommentAttachment a join fetch a.file"
                + " where a.consultationId = :consultation and a.commentId in :comments",
            CommentAttachment.class)
        .setParameter("consultation", consultationId)
        .setParameter("comments", commentIds)
        .getResultStream()
        .forEach(a -> files.put(a.getCommentId(), a.getFile()));
    return files;
  }

  /** The largest file accepted, in bytes, to tell commenters before they choose one. */
  public long maxBytes() {
    return files.maxBytes();
  }

  private Optional<CommentAttachment> byToken(long consultationId, String token) {
    return em.createQuery(
            "select a from CommentAttachment a where a.token = :token"
                + " and a.consultationId = :consultation",
            CommentAttachment.class)
        .setParameter("token", token == null ? "" : token.strip())
        .setParameter("consultation", consultationId)
        .getResultStream()
        .findFirst();
  }
}
