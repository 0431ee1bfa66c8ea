package org.plenary.consultation.coordination.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The drafter's answer to a remark: an outcome and why. Never edited: answering again adds the next
 * revision and this one stops being current, so who answered what, and when, stays.
 */
@Entity
@Table(name = "remark_response")
public class RemarkResponse implements Serializable {
  @Id
  @SequenceGenerator(
      name = "remark_response_seq",
      sequenceName = "remark_response_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "remark_response_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "entry_id", nullable = false, updatable = false)
  private PositionEntry entry;

  @Column(name = "remark_number", nullable = false, updatable = false)
  private int remarkNumber;

  @Column(name = "revision", nullable = false, updatable = false)
  private int revision;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", nullable = false, updatable = false)
  private RemarkOutcome outcome;

  @Column(name = "explanation", updatable = false)
  private String explanation;

  @Column(name = "answered_by", nullable = false, updatable = false)
  private String answeredBy;

  @Column(name = "answered_by_name", nullable = false, updatable = false)
  private String answeredByName;

  @Column(name = "answered_at", nullable = false, updatable = false)
  private OffsetDateTime answeredAt;

  @Column(name = "is_current", nullable = false)
  private boolean currentAnswer;

  protected RemarkResponse() {}

  RemarkResponse(
      PositionEntry entry,
      int remarkNumber,
      int revision,
      RemarkOutcome outcome,
      String explanation,
      String answeredBy,
      String answeredByName,
      Instant now) {
    this.entry = entry;
    this.remarkNumber = remarkNumber;
    this.revision = revision;
    this.outcome = outcome;
    this.explanation = explanation;
    this.answeredBy = answeredBy;
    this.answeredByName = answeredByName;
    this.answeredAt = now.atOffset(ZoneOffset.UTC);
    this.currentAnswer = true;
  }

  /** A later answer replaces this one in the table. */
  void supersede() {
    currentAnswer = false;
  }

  public Long getId() {
    return id;
  }

  public PositionEntry getEntry() {
    return entry;
  }

  public int getRemarkNumber() {
    return remarkNumber;
  }

  public int getRevision() {
    return revision;
  }

  public RemarkOutcome getOutcome() {
    return outcome;
  }

  public String getExplanation() {
    return explanation;
  }

  public String getAnsweredBy() {
    return answeredBy;
  }

  public String getAnsweredByName() {
    return answeredByName;
  }

  public OffsetDateTime getAnsweredAt() {
    return answeredAt;
  }

  public boolean isCurrent() {
    return currentAnswer;
  }
}
