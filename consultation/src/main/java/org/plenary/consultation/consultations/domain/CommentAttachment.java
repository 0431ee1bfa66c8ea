package org.plenary.consultation.consultations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;
import org.plenary.core.files.domain.StoredFile;

/**
 * A file uploaded to a consultation for a comment: known to its uploader by a random token until
 * the comment that names the token takes it (once). Public once its comment is published and not
 * hidden.
 */
@Entity
@Table(name = "consultation_attachment")
public class CommentAttachment {
  @Id
  @SequenceGenerator(
      name = "consultation_attachment_seq",
      sequenceName = "consultation_attachment_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consultation_attachment_seq")
  private Long id;

  @Column(name = "consultation_id", nullable = false, updatable = false)
  private long consultationId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "stored_file_id", nullable = false, updatable = false)
  private StoredFile file;

  @Column(name = "token", nullable = false, updatable = false)
  private String token;

  @Column(name = "comment_id")
  private Long commentId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Version private long version;

  protected CommentAttachment() {}

  public CommentAttachment(long consultationId, StoredFile file, Instant now) {
    this.consultationId = consultationId;
    this.file = Objects.requireNonNull(file, "file");
    this.token = UUID.randomUUID().toString();
    this.createdAt = now.atOffset(ZoneOffset.UTC);
  }

  /**
   * The comment takes the attachment.
   *
   * @throws ConsultationRefused ATTACHMENT_REFUSED if another comment took it already
   */
  public void attachTo(long comment) {
    if (commentId != null && commentId != comment) {
      throw new ConsultationRefused(
          ConsultationRefused.Code.ATTACHMENT_REFUSED, "attachment", "this upload is used already");
    }
    this.commentId = comment;
  }

  public boolean isAttached() {
    return commentId != null;
  }

  public Long getId() {
    return id;
  }

  public long getConsultationId() {
    return consultationId;
  }

  public StoredFile getFile() {
    return file;
  }

  public String getToken() {
    return token;
  }

  public Long getCommentId() {
    return commentId;
  }
}
