package org.plenary.consultation.coordination.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One position a body gave, numbered within the body, never changed afterwards. */
@Entity
@Table(name = "position_entry")
public class PositionEntry implements Serializable {
  @Id
  @SequenceGenerator(
      name = "position_entry_seq",
      sequenceName = "position_entry_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "position_entry_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "body_id", nullable = false, updatable = false)
  private ConsultedBody body;

  @Column(name = "number", nullable = false, updatable = false)
  private int number;

  @Enumerated(EnumType.STRING)
  @Column(name = "position", nullable = false, updatable = false)
  private Position position;

  @Column(name = "note", updatable = false)
  private String note;

  @Column(name = "submitted_by", nullable = false, updatable = false)
  private String submittedBy;

  @Column(name = "submitted_by_name", nullable = false, updatable = false)
  private String submittedByName;

  @Column(name = "submitted_at", nullable = false, updatable = false)
  private OffsetDateTime submittedAt;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "position_remark", joinColumns = @JoinColumn(name = "entry_id"))
  @OrderBy("number")
  private List<Remark> remarks = new ArrayList<>();

  protected PositionEntry() {}

  PositionEntry(
      ConsultedBody body,
      int number,
      Position position,
      String note,
      List<Remark> remarks,
      String submittedBy,
      String submittedByName,
      Instant now) {
    this.body = body;
    this.number = number;
    this.position = position;
    this.note = note;
    this.remarks = new ArrayList<>(remarks);
    this.submittedBy = submittedBy;
    this.submittedByName = submittedByName;
    this.submittedAt = now.atOffset(ZoneOffset.UTC);
  }

  public Optional<Remark> remark(int number) {
    return remarks.stream().filter(r -> r.getNumber() == number).findFirst();
  }

  public Long getId() {
    return id;
  }

  public ConsultedBody getBody() {
    return body;
  }

  public int getNumber() {
    return number;
  }

  public Position getPosition() {
    return position;
  }

  public String getNote() {
    return note;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public String getSubmittedByName() {
    return submittedByName;
  }

  public OffsetDateTime getSubmittedAt() {
    return submittedAt;
  }

  public List<Remark> getRemarks() {
    return List.copyOf(remarks);
  }
}
