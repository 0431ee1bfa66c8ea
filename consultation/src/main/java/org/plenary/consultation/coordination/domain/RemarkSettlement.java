package org.plenary.consultation.coordination.domain;

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
import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The drafter's note that a fundamental remark is settled; once per remark, never changed. */
@Entity
@Table(name = "remark_settlement")
public class RemarkSettlement implements Serializable {
  @Id
  @SequenceGenerator(
      name = "remark_settlement_seq",
      sequenceName = "remark_settlement_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "remark_settlement_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "entry_id", nullable = false, updatable = false)
  private PositionEntry entry;

  @Column(name = "remark_number", nullable = false, updatable = false)
  private int remarkNumber;

  @Column(name = "note", nullable = false, updatable = false)
  private String note;

  @Column(name = "settled_by", nullable = false, updatable = false)
  private String settledBy;

  @Column(name = "settled_at", nullable = false, updatable = false)
  private OffsetDateTime settledAt;

  protected RemarkSettlement() {}

  RemarkSettlement(PositionEntry entry, int remarkNumber, String note, String actor, Instant now) {
    this.entry = entry;
    this.remarkNumber = remarkNumber;
    this.note = note;
    this.settledBy = actor;
    this.settledAt = now.atOffset(ZoneOffset.UTC);
  }

  public PositionEntry getEntry() {
    return entry;
  }

  public int getRemarkNumber() {
    return remarkNumber;
  }

  public String getNote() {
    return note;
  }

  public String getSettledBy() {
    return settledBy;
  }

  public OffsetDateTime getSettledAt() {
    return settledAt;
  }
}
