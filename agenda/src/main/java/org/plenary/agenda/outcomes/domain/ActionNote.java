package org.plenary.agenda.outcomes.domain;

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
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A dated progress note on a decision or action: who, when, the status it set, what they said. */
@Entity
@Table(name = "action_note")
public class ActionNote {
  public static final int MAX_TEXT = 2000;

  @Id
  @SequenceGenerator(
      name = "action_note_seq",
      sequenceName = "action_note_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "action_note_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "action_id", nullable = false, updatable = false)
  private ActionItem action;

  @Column(name = "written_at", nullable = false, updatable = false)
  private OffsetDateTime writtenAt;

  @Column(name = "author", nullable = false, updatable = false, length = 100)
  private String author;

  /** The name shown for the author (their user name may be their e-mail address). */
  @Column(name = "author_name", nullable = false, updatable = false, length = 200)
  private String authorName;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, updatable = false, length = 20)
  private ActionStatus status;

  @Column(name = "note_text", updatable = false, length = MAX_TEXT)
  private String text;

  protected ActionNote() {}

  ActionNote(
      ActionItem action,
      String author,
      String authorName,
      ActionStatus status,
      String text,
      Instant at) {
    this.action = action;
    this.author = author;
    this.authorName = authorName;
    this.status = status;
    this.text = text;
    this.writtenAt = at.atOffset(ZoneOffset.UTC);
  }

  public OffsetDateTime getWrittenAt() {
    return writtenAt;
  }

  public String getAuthor() {
    return author;
  }

  public String getAuthorName() {
    return authorName;
  }

  public ActionStatus getStatus() {
    return status;
  }

  public String getText() {
    return text;
  }
}
