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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;
import org.plenary.agenda.meetings.domain.AgendaItem;
import org.plenary.agenda.outcomes.domain.ApprovalRefused.Code;
import org.plenary.core.people.domain.Person;

/**
 * A participant's proposed correction of the circulated minutes: a passage quoted from one item's
 * record, the wording proposed instead and why. The secretariat accepts it (and edits the minutes
 * itself: accepting changes no text) or rejects it with a reason; the approved minutes publish
 * every correction with its decision. The proposer's name and delegation are kept as they were when
 * proposed, as the log shows them.
 */
@Entity
@Table(name = "minutes_correction")
public class MinutesCorrection {
  public static final int MAX_PASSAGE = 2000;
  public static final int MAX_WORDING = 4000;
  public static final int MAX_REMARK = 2000;

  @Id
  @SequenceGenerator(
      name = "minutes_correction_seq",
      sequenceName = "minutes_correction_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "minutes_correction_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "circulation_id", nullable = false, updatable = false)
  private MinutesCirculation circulation;

  @Column(name = "meeting_id", nullable = false, updatable = false)
  private Long meetingId;

  @Column(name = "correction_number", nullable = false, updatable = false)
  private int number;

  @Column(name = "item_key", nullable = false, updatable = false, length = 20)
  private String itemKey;

  @Column(name = "item_title", nullable = false, updatable = false, length = 300)
  private String itemTitle;

  @Column(name = "passage", nullable = false, updatable = false, length = MAX_PASSAGE)
  private String passage;

  @Column(name = "wording", nullable = false, updatable = false, length = MAX_WORDING)
  private String wording;

  @Column(name = "remark", updatable = false, length = MAX_REMARK)
  private String comment;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "proposer_id", nullable = false, updatable = false)
  private Person proposer;

  @Column(name = "proposer_name", nullable = false, updatable = false, length = 200)
  private String proposerName;

  @Column(name = "proposer_delegation", updatable = false, length = 300)
  private String proposerDelegation;

  @Column(name = "proposed_at", nullable = false, updatable = false)
  private OffsetDateTime proposedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "decision", nullable = false, length = 20)
  private CorrectionDecision decision = CorrectionDecision.PENDING;

  @Column(name = "reason", length = MAX_REMARK)
  private String reason;

  @Column(name = "decided_by", length = 100)
  private String decidedBy;

  @Column(name = "decided_at")
  private OffsetDateTime decidedAt;

  @Version private long version;

  protected MinutesCorrection() {}

  /**
   * A correction of the passage quoted from {@code record}, numbered {@code number} in the meeting.
   *
   * @throws ApprovalRefused when a text is blank or too long, or the passage is not in the record
   */
  public MinutesCorrection(
      MinutesCirculation circulation,
      int number,
      AgendaItem item,
      ItemMinutes record,
      String passage,
      String wording,
      String comment,
      Person proposer,
      Instant now) {
    this.passage = required(passage, MAX_PASSAGE, "passage");
    this.wording = required(wording, MAX_WORDING, "wording");
    this.comment = optional(comment, MAX_REMARK, "comment");
    if (!quotes(record, this.passage)) {
      throw new ApprovalRefused(
          Code.PASSAGE_NOT_FOUND,
          "passage",
          "the quoted passage is not in the minutes of \""
              + item.getTitle()
              + "\" as they read now: copy it from them");
    }
    this.circulation = circulation;
    this.meetingId = circulation.getMeeting().getId();
    this.number = number;
    this.itemKey = item.getKey();
    this.itemTitle = item.getTitle();
    this.proposer = Objects.requireNonNull(proposer, "proposer");
    this.proposerName = proposer.getFullName();
    this.proposerDelegation = proposer.organisation().map(o -> o.getName()).orElse(null);
    this.proposedAt = now.atOffset(ZoneOffset.UTC);
  }

  /**
   * Whether the passage occurs in the record's summary, an answer or the decisions. Runs of white
   * space count as one space and case counts, so a passage copied from a page (whose line breaks
   * differ) is found, and a paraphrase is not.
   */
  public static boolean quotes(ItemMinutes record, String passage) {
    if (record == null || passage == null || passage.isBlank()) {
      return false;
    }
    String wanted = squeezed(passage);
    if (contains(record.getSummary(), wanted) || contains(record.getDecisions(), wanted)) {
      return true;
    }
    return record.getAnswers().stream().anyMatch(a -> contains(a.getAnswer(), wanted));
  }

  private static boolean contains(String text, String wanted) {
    return text != null && squeezed(text).contains(wanted);
  }

  private static String squeezed(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  /**
   * Records the secretariat's decision; it may change its mind until the minutes are approved.
   *
   * @throws ApprovalRefused when the minutes are approved, or a rejection gives no reason
   */
  public void decide(CorrectionDecision decision, String reason, String by, Instant now) {
    if (circulation.isApproved()) {
      throw new ApprovalRefused(
          Code.ALREADY_APPROVED,
          null,
          "the minutes this correction was proposed on are approved: its decision is final");
    }
    if (decision == null || decision == CorrectionDecision.PENDING) {
      throw new ApprovalRefused(
          Code.TEXT_MISSING, "decision", "the decision is ACCEPTED or REJECTED");
    }
    String why = optional(reason, MAX_REMARK, "reason");
    if (decision == CorrectionDecision.REJECTED && why == null) {
      throw new ApprovalRefused(
          Code.REASON_MISSING, "reason", "say why the correction is rejected");
    }
    this.decision = decision;
    this.reason = why;
    this.decidedBy = by;
    this.decidedAt = now.atOffset(ZoneOffset.UTC);
  }

  private static String required(String value, int max, String field) {
    String text = optional(value, max, field);
    if (text == null) {
      throw new ApprovalRefused(Code.TEXT_MISSING, field, "the " + field + " is missing");
    }
    return text;
  }

  private static String optional(String value, int max, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    if (text.length() > max) {
      throw new ApprovalRefused(
          Code.TEXT_TOO_LONG,
          field,
          "the " + field.toLowerCase(Locale.ROOT) + " is longer than " + max + " characters");
    }
    return text;
  }

  public MinutesCirculation getCirculation() {
    return circulation;
  }

  public int getNumber() {
    return number;
  }

  public String getItemKey() {
    return itemKey;
  }

  public String getItemTitle() {
    return itemTitle;
  }

  public String getPassage() {
    return passage;
  }

  public String getWording() {
    return wording;
  }

  public String getComment() {
    return comment;
  }

  public Person getProposer() {
    return proposer;
  }

  public String getProposerName() {
    return proposerName;
  }

  public String getProposerDelegation() {
    return proposerDelegation;
  }

  public OffsetDateTime getProposedAt() {
    return proposedAt;
  }

  public CorrectionDecision getDecision() {
    return decision;
  }

  public String getReason() {
    return reason;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public OffsetDateTime getDecidedAt() {
    return decidedAt;
  }
}
