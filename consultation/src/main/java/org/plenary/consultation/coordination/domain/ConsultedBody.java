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
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.plenary.consultation.coordination.domain.CoordinationRefused.Rule;
import org.plenary.core.people.domain.Organisation;

/**
 * A ministry or body consulted in a round, with the summary of its current position (its latest
 * entry) that the coordination table shows. Its entries are numbered 1, 2, 3...: whoever gives a
 * position holds this row's lock, so two officials answering at once both get their own number.
 */
@Entity
@Table(name = "consulted_body")
public class ConsultedBody implements Serializable {
  public static final int MAX_REMARKS = 50;

  @Id
  @SequenceGenerator(
      name = "consulted_body_seq",
      sequenceName = "consulted_body_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consulted_body_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "round_id", nullable = false, updatable = false)
  private CoordinationRound round;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
  private Organisation organisation;

  @Column(name = "entries", nullable = false)
  private int entries;

  @Column(name = "current_entry_id")
  private Long currentEntryId;

  @Enumerated(EnumType.STRING)
  @Column(name = "current_position")
  private Position currentPosition;

  @Column(name = "current_remarks", nullable = false)
  private int currentRemarks;

  @Column(name = "open_fundamentals", nullable = false)
  private int openFundamentals;

  @Column(name = "answered_remarks", nullable = false)
  private int answeredRemarks;

  @Column(name = "last_entry_at")
  private OffsetDateTime lastEntryAt;

  @Column(name = "reminder_sent_at")
  private OffsetDateTime reminderSentAt;

  @Version private long version;

  protected ConsultedBody() {}

  public ConsultedBody(CoordinationRound round, Organisation organisation) {
    this.round = Objects.requireNonNull(round, "round");
    this.organisation = Objects.requireNonNull(organisation, "organisation");
  }

  /**
   * The body's next position entry; it becomes the current one. Remarks on a section name one of
   * {@code sectionKeys} (the version's sections).
   */
  public PositionEntry give(
      Position position,
      String note,
      List<RemarkText> remarks,
      Set<String> sectionKeys,
      String actor,
      String actorName,
      Instant now) {
    Objects.requireNonNull(position, "position");
    round.requireOpen(now);
    List<RemarkText> given = remarks == null ? List.of() : remarks;
    if (given.size() > MAX_REMARKS) {
      throw new CoordinationRefused(
          Rule.TOO_MANY_REMARKS, "remarks", "a position has at most " + MAX_REMARKS + " remarks");
    }
    if (position == Position.APPROVE_WITH_REMARKS && given.isEmpty()) {
      throw new CoordinationRefused(
          Rule.REMARKS_REQUIRED, "remarks", "approving with remarks needs at least one remark");
    }
    String kept = note == null || note.isBlank() ? null : note.strip();
    if (kept != null && kept.length() > Remark.MAX_TEXT) {
      throw new CoordinationRefused(Rule.TEXT_TOO_LONG, "note", "the note is too long");
    }
    List<Remark> written = new ArrayList<>();
    int fundamentals = 0;
    for (RemarkText remark : given) {
      int number = written.size() + 1;
      String field = "remarks[" + (number - 1) + "]";
      String text = remark.text() == null ? "" : remark.text().strip();
      if (text.isEmpty()) {
        throw new CoordinationRefused(Rule.TEXT_MISSING, field + ".text", "a remark needs a text");
      }
      if (text.length() > Remark.MAX_TEXT) {
        throw new CoordinationRefused(
            Rule.TEXT_TOO_LONG, field + ".text", "a remark's text is too long");
      }
      String section =
          remark.sectionKey() == null || remark.sectionKey().isBlank()
              ? null
              : remark.sectionKey().strip();
      if (section != null && !sectionKeys.contains(section)) {
        throw new CoordinationRefused(
            Rule.UNKNOWN_SECTION, field + ".section", "the version has no section " + section);
      }
      RemarkKind kind = remark.kind() == null ? RemarkKind.ORDINARY : remark.kind();
      if (kind == RemarkKind.FUNDAMENTAL) {
        fundamentals++;
      }
      written.add(new Remark(number, kind, section, text));
    }
    entries++;
    currentPosition = position;
    currentRemarks = written.size();
    openFundamentals = fundamentals;
    answeredRemarks = 0;
    lastEntryAt = now.atOffset(ZoneOffset.UTC);
    return new PositionEntry(this, entries, position, kept, written, actor, actorName, now);
  }

  /** Remembers which entry is current once it has its id. */
  public void current(PositionEntry entry) {
    if (entry.getNumber() == entries) {
      currentEntryId = entry.getId();
    }
  }

  /**
   * The drafter settles fundamental remark {@code remarkNumber} of the body's current entry.
   *
   * @throws CoordinationRefused when the remark is not fundamental or not of the current entry
   */
  public RemarkSettlement settle(
      PositionEntry entry, int remarkNumber, String note, String actor, Instant now) {
    if (entry.getBody() != this || entry.getNumber() != entries) {
      throw new CoordinationRefused(
          Rule.NOT_CURRENT, null, "only remarks of the body's current position are settled");
    }
    Remark remark =
        entry
            .remark(remarkNumber)
            .orElseThrow(
                () ->
                    new CoordinationRefused(
                        Rule.NOT_FUNDAMENTAL, null, "the position has no remark " + remarkNumber));
    if (!remark.isFundamental()) {
      throw new CoordinationRefused(
          Rule.NOT_FUNDAMENTAL, null, "only fundamental remarks are settled");
    }
    String text = note == null ? "" : note.strip();
    if (text.isEmpty()) {
      throw new CoordinationRefused(Rule.TEXT_MISSING, "note", "say how it was settled");
    }
    if (text.length() > Remark.MAX_TEXT) {
      throw new CoordinationRefused(Rule.TEXT_TOO_LONG, "note", "the note is too long");
    }
    openFundamentals = Math.max(0, openFundamentals - 1);
    return new RemarkSettlement(entry, remarkNumber, text, actor, now);
  }

  /**
   * The drafter answers remark {@code remarkNumber} of the body's current entry, or answers it
   * again: {@code seenRevision} is the revision of the answer the drafter saw (0 for none), so that
   * an answer given meanwhile by someone else is never replaced unseen. Whoever answers holds this
   * row's lock, so two answers at once are decided one after the other.
   *
   * @param current the remark's current answer, if any
   * @throws CoordinationRefused when the table is published, the entry is not current, the
   *     explanation is missing or too long, or the remark was answered meanwhile
   */
  public RemarkResponse answer(
      PositionEntry entry,
      Remark remark,
      RemarkOutcome outcome,
      String explanation,
      RemarkResponse current,
      int seenRevision,
      String actor,
      String actorName,
      Instant now) {
    round.requireTableUnpublished();
    if (entry.getBody() != this || entry.getNumber() != entries) {
      throw new CoordinationRefused(
          Rule.NOT_CURRENT, null, "only remarks of the body's current position are answered");
    }
    if (outcome == null) {
      throw new CoordinationRefused(Rule.OUTCOME_MISSING, "outcome", "choose an outcome");
    }
    String text = explanation == null || explanation.isBlank() ? null : explanation.strip();
    if (text == null && outcome.needsExplanation()) {
      throw new CoordinationRefused(
          Rule.EXPLANATION_MISSING, "explanation", "say why the remark was not simply accepted");
    }
    if (text != null && text.length() > Remark.MAX_TEXT) {
      throw new CoordinationRefused(
          Rule.TEXT_TOO_LONG, "explanation", "the explanation is too long");
    }
    int latest = current == null ? 0 : current.getRevision();
    if (seenRevision != latest) {
      throw new CoordinationRefused(
          Rule.RESPONSE_CHANGED_MEANWHILE,
          "revision",
          "the remark's answer is at revision " + latest + " (you saw " + seenRevision + ")");
    }
    if (current == null) {
      answeredRemarks++;
    } else {
      current.supersede();
    }
    return new RemarkResponse(
        entry, remark.getNumber(), latest + 1, outcome, text, actor, actorName, now);
  }

  /** Remarks of the current position without an answer. */
  public int getUnansweredRemarks() {
    return Math.max(0, currentRemarks - answeredRemarks);
  }

  /** Whether the body has given no position although the round's deadline has passed. */
  public boolean isOverdue(Instant now) {
    return entries == 0 && round.isPastDeadline(now);
  }

  public Long getId() {
    return id;
  }

  public CoordinationRound getRound() {
    return round;
  }

  public Organisation getOrganisation() {
    return organisation;
  }

  public int getEntries() {
    return entries;
  }

  public Long getCurrentEntryId() {
    return currentEntryId;
  }

  public Position getCurrentPosition() {
    return currentPosition;
  }

  public int getCurrentRemarks() {
    return currentRemarks;
  }

  public int getOpenFundamentals() {
    return openFundamentals;
  }

  public OffsetDateTime getLastEntryAt() {
    return lastEntryAt;
  }

  public OffsetDateTime getReminderSentAt() {
    return reminderSentAt;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof ConsultedBody other && id != null && id.equals(other.id));
  }

  @Override
  public int hashCode() {
    return ConsultedBody.class.hashCode();
  }
}
