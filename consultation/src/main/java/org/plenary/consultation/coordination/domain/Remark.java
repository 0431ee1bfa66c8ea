package org.plenary.consultation.coordination.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;

/** One remark of a position, optionally on a section of the draft version (its stable key). */
@Embeddable
public class Remark implements Serializable {
  public static final int MAX_TEXT = 4000;

  @Column(name = "number", nullable = false, updatable = false)
  private int number;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false)
  private RemarkKind kind;

  @Column(name = "section_key", updatable = false)
  private String sectionKey;

  @Column(name = "text", nullable = false, updatable = false)
  private String text;

  protected Remark() {}

  Remark(int number, RemarkKind kind, String sectionKey, String text) {
    this.number = number;
    this.kind = kind;
    this.sectionKey = sectionKey;
    this.text = text;
  }

  public int getNumber() {
    return number;
  }

  public RemarkKind getKind() {
    return kind;
  }

  public boolean isFundamental() {
    return kind == RemarkKind.FUNDAMENTAL;
  }

  public String getSectionKey() {
    return sectionKey;
  }

  public String getText() {
    return text;
  }
}
