package org.plenary.consultation.coordination.application;

import java.io.Serializable;
import java.time.OffsetDateTime;
import org.plenary.consultation.coordination.domain.Position;
import org.plenary.consultation.coordination.domain.RemarkKind;
import org.plenary.consultation.coordination.domain.RemarkOutcome;

/**
 * A row of a round's table of remarks and responses: a remark of a body's current position with its
 * current answer; a body whose position has no remark, or who gave none, has one row without a
 * remark. Getters, not record accessors: the pages read it through EL.
 */
public class TableRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private final long bodyId;
  private final String body;
  private final Position position;
  private final Integer remarkNumber;
  private final RemarkKind kind;
  private final String sectionKey;
  private final String sectionHeading;
  private final String remark;
  private final RemarkOutcome outcome;
  private final String explanation;
  private final OffsetDateTime answeredAt;

  public TableRow(
      long bodyId,
      String body,
      Position position,
      Integer remarkNumber,
      RemarkKind kind,
      String sectionKey,
      String sectionHeading,
      String remark,
      RemarkOutcome outcome,
      String explanation,
      OffsetDateTime answeredAt) {
    this.bodyId = bodyId;
    this.body = body;
    this.position = position;
    this.remarkNumber = remarkNumber;
    this.kind = kind;
    this.sectionKey = sectionKey;
    this.sectionHeading = sectionHeading;
    this.remark = remark;
    this.outcome = outcome;
    this.explanation = explanation;
    this.answeredAt = answeredAt;
  }

  /** Unique within the round: the body and the remark's number (0 for none). */
  public String getKey() {
    return bodyId + "/" + (remarkNumber == null ? 0 : remarkNumber);
  }

  public long getBodyId() {
    return bodyId;
  }

  public String getBody() {
    return body;
  }

  public Position getPosition() {
    return position;
  }

  public Integer getRemarkNumber() {
    return remarkNumber;
  }

  public RemarkKind getKind() {
    return kind;
  }

  public String getSectionKey() {
    return sectionKey;
  }

  public String getSectionHeading() {
    return sectionHeading;
  }

  public String getRemark() {
    return remark;
  }

  public RemarkOutcome getOutcome() {
    return outcome;
  }

  public String getExplanation() {
    return explanation;
  }

  public OffsetDateTime getAnsweredAt() {
    return answeredAt;
  }
}
