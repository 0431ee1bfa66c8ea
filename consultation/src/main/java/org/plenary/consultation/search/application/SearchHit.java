package org.plenary.consultation.search.application;

import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * One result: a section of a consulted document ({@code DOCUMENT}) or a published comment ({@code
 * COMMENT}), with its rank and a snippet (escaped HTML in which only {@code <mark>} tags are
 * markup). No personal data: a comment carries its category and country only.
 */
public class SearchHit implements Serializable {
  private static final long serialVersionUID = 1L;

  public enum Kind {
    DOCUMENT,
    COMMENT
  }

  private final Kind kind;
  private final long consultationId;
  private final String consultationTitle;
  private final Long commentId;
  private final Integer section;
  private final String heading;
  private final String category;
  private final String country;
  private final OffsetDateTime date;
  private final double rank;
  private final String snippet;

  public SearchHit(
      Kind kind,
      long consultationId,
      String consultationTitle,
      Long commentId,
      Integer section,
      String heading,
      String category,
      String country,
      OffsetDateTime date,
      double rank,
      String snippet) {
    this.kind = kind;
    this.consultationId = consultationId;
    this.consultationTitle = consultationTitle;
    this.commentId = commentId;
    this.section = section;
    this.heading = heading;
    this.category = category;
    this.country = country;
    this.date = date;
    this.rank = rank;
    this.snippet = snippet;
  }

  public Kind getKind() {
    return kind;
  }

  public long getConsultationId() {
    return consultationId;
  }

  public String getConsultationTitle() {
    return consultationTitle;
  }

  public Long getCommentId() {
    return commentId;
  }

  public Integer getSection() {
    return section;
  }

  public String getHeading() {
    return heading;
  }

  public String getCategory() {
    return category;
  }

  public String getCountry() {
    return country;
  }

  public OffsetDateTime getDate() {
    return date;
  }

  public double getRank() {
    return rank;
  }

  public String getSnippet() {
    return snippet;
  }
}
