package org.plenary.web.consultations;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.plenary.consultation.consultations.application.CommentAttachments;
import org.plenary.consultation.consultations.domain.Comment;
import org.plenary.core.files.domain.StoredFile;

/**
 * A comment as the consultation pages show it, serializable for view-scoped beans: no e-mail
 * address; a hidden comment has its reason instead of its text.
 */
public class CommentRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private final long id;
  private final long consultationId;
  private final Integer section;
  private final String createdAt;
  private final String category;
  private final String country;
  private final String text;
  private final String hiddenReason;
  private final String outcome;
  private final String response;
  private final Integer resolvedVersion;
  private final String resolvedSection;
  private final String attachmentName;
  private final long attachmentSize;

  public CommentRow(Comment comment) {
    this(comment, null);
  }

  /** The row with the comment's attachment (null: none), shown only while it is not hidden. */
  public CommentRow(Comment comment, StoredFile attachment) {
    this.id = comment.getId();
    this.consultationId = comment.getConsultationId();
    this.section = comment.getSectionNumber();
    this.createdAt = comment.getCreatedAt().toLocalDate().toString();
    this.category = comment.getCategory().name();
    this.country = comment.getCountry();
    this.text = comment.isHidden() ? null : comment.getText();
    this.hiddenReason = comment.getHiddenReason();
    this.outcome = comment.isAnswered() ? comment.getResponseOutcome().name() : null;
    this.response = comment.getResponseText();
    this.resolvedVersion = comment.getResolvedVersion();
    this.resolvedSection = comment.getResolvedSection();
    boolean shown = attachment != null && !comment.isHidden();
    this.attachmentName = shown ? attachment.getOriginalName() : null;
    this.attachmentSize = shown ? attachment.getSize() : 0;
  }

  /** Rows for a page of comments with their attachments, read in one query for the whole page. */
  public static List<CommentRow> withAttachments(
      long consultationId, List<Comment> comments, CommentAttachments attachments) {
    Map<Long, StoredFile> files =
        attachments.ofComments(consultationId, comments.stream().map(Comment::getId).toList());
    return comments.stream().map(c -> new CommentRow(c, files.get(c.getId()))).toList();
  }

  public long getId() {
    return id;
  }

  public long getConsultationId() {
    return consultationId;
  }

  public Integer getSection() {
    return section;
  }

  public String getCreatedAt() {
    return createdAt;
  }

  public String getCategory() {
    return category;
  }

  public String getCountry() {
    return country;
  }

  public String getText() {
    return text;
  }

  public boolean isHidden() {
    return hiddenReason != null;
  }

  public String getHiddenReason() {
    return hiddenReason;
  }

  public boolean isAnswered() {
    return outcome != null;
  }

  public String getOutcome() {
    return outcome;
  }

  public String getResponse() {
    return response;
  }

  public boolean isAttached() {
    return attachmentName != null;
  }

  public String getAttachmentName() {
    return attachmentName;
  }

  public long getAttachmentSize() {
    return attachmentSize;
  }

  public Integer getResolvedVersion() {
    return resolvedVersion;
  }

  public String getResolvedSection() {
    return resolvedSection;
  }
}
