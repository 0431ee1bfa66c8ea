package org.plenary.consultation.consultations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import org.plenary.consultation.consultations.domain.ConsultationRefused.Code;

/**
 * A comment of the public on a consultation, on the whole draft or on one section (by its key,
 * which survives later versions). Published at once for a signed-in account, after the mailed link
 * is followed for anyone else. Never deleted: the drafter may hide it with a reason that is shown
 * in its place, and answers it.
 */
@Entity
@Table(name = "consultation_comment")
public class Comment {
  public static final int MAX_REASON = 1000;
  public static final int MAX_RESPONSE = 10_000;
  public static final int MAX_IDEMPOTENCY_KEY = 200;

  @Id
  @SequenceGenerator(
      name = "consultation_comment_seq",
      sequenceName = "consultation_comment_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consultation_comment_seq")
  private Long id;

  @Column(name = "consultation_id", nullable = false, updatable = false)
  private long consultationId;

  @Column(name = "section_key", updatable = false)
  private String sectionKey;

  @Column(name = "section_number", updatable = false)
  private Integer sectionNumber;

  @Column(name = "comment_text", nullable = false, updatable = false)
  private String text;

  @Column(name = "text_hash", nullable = false, updatable = false)
  private String textHash;

  @Column(name = "author_name", nullable = false, updatable = false)
  private String authorName;

  @Column(name = "email", updatable = false)
  private String email;

  @Column(name = "username", updatable = false)
  private String username;

  @Enumerated(EnumType.STRING)
  @Column(name = "category", nullable = false, updatable = false)
  private RespondentCategory category;

  @Column(name = "country", nullable = false, updatable = false)
  private String country;

  @Column(name = "mail_language", nullable = false, updatable = false)
  private String language;

  @Column(name = "idempotency_key", updatable = false)
  private String idempotencyKey;

  @Column(name = "token_hash")
  private String tokenHash;

  @Column(name = "published", nullable = false)
  private boolean published;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "published_at")
  private OffsetDateTime publishedAt;

  @Column(name = "hidden_reason")
  private String hiddenReason;

  @Column(name = "hidden_by")
  private String hiddenBy;

  @Column(name = "hidden_at")
  private OffsetDateTime hiddenAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "response_outcome")
  private ResponseOutcome responseOutcome;

  @Column(name = "response_text")
  private String responseText;

  @Column(name = "resolved_version")
  private Integer resolvedVersion;

  @Column(name = "resolved_section")
  private String resolvedSection;

  @Column(name = "responded_by")
  private String respondedBy;

  @Column(name = "responded_at")
  private OffsetDateTime respondedAt;

  @Version private long version;

  protected Comment() {}

  /**
   * A comment on section {@code sectionKey} (number {@code sectionNumber} in the consulted
   * version), or on the whole draft when both are null. {@code tokenHash} is the hash of the mailed
   * link's secret for a respondent who must confirm, else null (published at once).
   */
  public Comment(
      long consultationId,
      String sectionKey,
      Integer sectionNumber,
      String text,
      Respondent respondent,
      String language,
      String idempotencyKey,
      String tokenHash,
      Instant now) {
    this.consultationId = consultationId;
    this.sectionKey = sectionKey;
    this.sectionNumber = sectionNumber;
    this.text = CommentText.checked(text);
    this.textHash = CommentText.hash(this.text);
    this.authorName = respondent.name();
    this.email = respondent.email();
    this.username = respondent.username();
    this.category = respondent.category();
    this.country = respondent.country();
    this.language = Objects.requireNonNullElse(language, "en");
    this.idempotencyKey = idempotencyKey;
    this.createdAt = now.atOffset(ZoneOffset.UTC);
    if (respondent.mustConfirm()) {
      this.tokenHash = Objects.requireNonNull(tokenHash, "tokenHash");
    } else {
      this.published = true;
      this.publishedAt = createdAt;
    }
  }

  /** The address was confirmed through the mailed link: the comment is published; the link dies. */
  public void confirm(Instant now) {
    if (published) {
      throw new ConsultationRefused(Code.TOKEN_INVALID, "token", "this link was used already");
    }
    published = true;
    publishedAt = now.atOffset(ZoneOffset.UTC);
    tokenHash = null;
  }

  /** The drafter hides the comment; the reason is shown in its place. */
  public void hide(String reason, String by, Instant now) {
    String stripped = reason == null ? "" : reason.strip();
    if (stripped.isEmpty() || stripped.length() > MAX_REASON) {
      throw new ConsultationRefused(
          Code.REASON_MISSING, "reason", "give the reason (at most " + MAX_REASON + " characters)");
    }
    hiddenReason = stripped;
    hiddenBy = by;
    hiddenAt = now.atOffset(ZoneOffset.UTC);
  }

  /**
   * The drafter answers (or changes the answer), optionally naming where the next version resolved
   * it ("version 3, section 4").
   */
  public void respond(
      ResponseOutcome outcome,
      String justification,
      Integer inVersion,
      String inSection,
      String by,
      Instant now) {
    if (outcome == null) {
      throw new ConsultationRefused(
          Code.OUTCOME_UNKNOWN,
          "outcome",
          "outcome must be accepted, partly_accepted, not_accepted or noted");
    }
    String stripped = justification == null ? "" : justification.strip();
    if (stripped.isEmpty() || stripped.length() > MAX_RESPONSE) {
      throw new ConsultationRefused(
          Code.JUSTIFICATION_MISSING,
          "justification",
          "give a justification (at most " + MAX_RESPONSE + " characters)");
    }
    String section = inSection == null || inSection.isBlank() ? null : inSection.strip();
    if (section != null && section.length() > 100) {
      throw new ConsultationRefused(
          Code.TEXT_TOO_LONG, "resolvedInSection", "a section is named in at most 100 characters");
    }
    if (inVersion != null && inVersion < 1) {
      throw new ConsultationRefused(
          Code.VERSION_UNKNOWN, "resolvedInVersion", "a draft's versions are numbered from 1");
    }
    responseOutcome = outcome;
    responseText = stripped;
    resolvedVersion = inVersion;
    resolvedSection = inVersion == null ? null : section;
    respondedBy = by;
    respondedAt = now.atOffset(ZoneOffset.UTC);
  }

  public boolean isHidden() {
    return hiddenReason != null;
  }

  public boolean isAnswered() {
    return responseOutcome != null;
  }

  public Long getId() {
    return id;
  }

  public long getConsultationId() {
    return consultationId;
  }

  public String getSectionKey() {
    return sectionKey;
  }

  public Integer getSectionNumber() {
    return sectionNumber;
  }

  public String getText() {
    return text;
  }

  public String getTextHash() {
    return textHash;
  }

  public String getAuthorName() {
    return authorName;
  }

  public String getEmail() {
    return email;
  }

  public String getUsername() {
    return username;
  }

  public RespondentCategory getCategory() {
    return category;
  }

  public String getCountry() {
    return country;
  }

  public String getLanguage() {
    return language;
  }

  public String getIdempotencyKey() {
    return idempotencyKey;
  }

  public boolean isPublished() {
    return published;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public OffsetDateTime getPublishedAt() {
    return publishedAt;
  }

  public String getHiddenReason() {
    return hiddenReason;
  }

  public OffsetDateTime getHiddenAt() {
    return hiddenAt;
  }

  public ResponseOutcome getResponseOutcome() {
    return responseOutcome;
  }

  public String getResponseText() {
    return responseText;
  }

  public Integer getResolvedVersion() {
    return resolvedVersion;
  }

  public String getResolvedSection() {
    return resolvedSection;
  }

  public OffsetDateTime getRespondedAt() {
    return respondedAt;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof Comment other && id != null && id.equals(other.id));
  }

  @Override
  public int hashCode() {
    return Comment.class.hashCode();
  }
}
