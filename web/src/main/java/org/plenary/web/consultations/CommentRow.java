package org.plenary.web.consultations;

import java.io.Serializable;
import org.plenary.consultation.consultations.domain.Comment;

/**
 * A comment as the consultation pages show it, serializable for view-scoped beans: no e-mail
 * address; a hidden comment has its reason instead of its text.
 */
public class CommentRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private final long id;
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

  public CommentRow(Comment comment) {
    this.id = comment.getId();
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
  }

  public long getId() {
    return id;
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

  public Integer getResolvedVersion() {
    return resolvedVersion;
  }

  public String getResolvedSection() {
    return resolvedSection;
  }
}
