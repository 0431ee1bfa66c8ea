package org.plenary.agenda.feedback.domain;

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
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.plenary.agenda.meetings.domain.Meeting;

/** The secretariat opened a session's key questions for delegates' input; deleting closes them. */
@Entity
@Table(name = "key_questions_opening")
public class KeyQuestionsOpening {
  @Id
  @SequenceGenerator(
      name = "key_questions_opening_seq",
      sequenceName = "key_questions_opening_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "key_questions_opening_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
  private Meeting meeting;

  @Column(name = "item_key", nullable = false, updatable = false, length = 20)
  private String itemKey;

  @Column(name = "opened_at", nullable = false, updatable = false)
  private OffsetDateTime openedAt;

  protected KeyQuestionsOpening() {}

  public KeyQuestionsOpening(Meeting meeting, String itemKey, Instant now) {
    this.meeting = meeting;
    this.itemKey = itemKey;
    this.openedAt = now.atOffset(ZoneOffset.UTC);
  }

  public String getItemKey() {
    return itemKey;
  }
}
