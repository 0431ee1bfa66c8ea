package org.plenary.agenda.outcomes.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.plenary.agenda.meetings.domain.Meeting;
import org.plenary.agenda.outcomes.domain.ApprovalRefused.Code;

/**
 * One round of approving a meeting's minutes: the draft goes out to the registered participants
 * with a comment window, corrections come in, and the secretariat approves. Approval freezes every
 * item's record as it then reads; the round's number is the version of the approved minutes.
 */
@Entity
@Table(name = "minutes_circulation")
public class MinutesCirculation {
  /** The longest comment window. */
  public static final Duration MAX_WINDOW = Duration.ofDays(366);

  @Id
  @SequenceGenerator(
      name = "minutes_circulation_seq",
      sequenceName = "minutes_circulation_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "minutes_circulation_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
  private Meeting meeting;

  @Column(name = "version_number", nullable = false, updatable = false)
  private int number;

  @Column(name = "circulated_at", nullable = false, updatable = false)
  private OffsetDateTime circulatedAt;

  @Column(name = "circulated_by", nullable = false, updatable = false, length = 100)
  private String circulatedBy;

  @Column(name = "closes_at", nullable = false)
  private OffsetDateTime closesAt;

  @Column(name = "approved_at")
  private OffsetDateTime approvedAt;

  @Column(name = "approved_by", length = 100)
  private String approvedBy;

  @OneToMany(mappedBy = "circulation", cascade = CascadeType.PERSIST)
  @OrderBy("position")
  private List<ApprovedItem> items = new ArrayList<>();

  @Version private long version;

  protected MinutesCirculation() {}

  /**
   * Sends the draft minutes out for comments until {@code closesAt}.
   *
   * @param number the version the minutes get when this round is approved
   * @throws ApprovalRefused when the window closes now or earlier, or more than a year ahead
   */
  public MinutesCirculation(Meeting meeting, int number, Instant closesAt, String by, Instant now) {
    if (closesAt == null) {
      throw new ApprovalRefused(
          Code.TEXT_MISSING, "closesAt", "say when the comment window closes");
    }
    if (!closesAt.isAfter(now)) {
      throw new ApprovalRefused(
          Code.WINDOW_IN_THE_PAST, "closesAt", "the comment window must close in the future");
    }
    if (closesAt.isAfter(now.plus(MAX_WINDOW))) {
      throw new ApprovalRefused(
          Code.WINDOW_TOO_LONG, "closesAt", "a comment window stays open a year at most");
    }
    this.meeting = meeting;
    this.number = number;
    this.circulatedAt = now.atOffset(ZoneOffset.UTC);
    this.circulatedBy = by;
    this.closesAt = closesAt.atOffset(ZoneOffset.UTC);
  }

  /** Whether participants may still propose corrections. */
  public boolean isOpen(Instant now) {
    return approvedAt == null && now.isBefore(closesAt.toInstant());
  }

  public boolean isApproved() {
    return approvedAt != null;
  }

  /**
   * @throws ApprovalRefused when the round is approved or its window has closed
   */
  public void takesCorrections(Instant now) {
    if (isApproved()) {
      throw new ApprovalRefused(
          Code.NOT_CIRCULATED, null, "these minutes are approved: they take no more corrections");
    }
    if (!isOpen(now)) {
      throw new ApprovalRefused(
          Code.WINDOW_CLOSED,
          null,
          "the comment window closed at " + closesAt + ": the minutes take no more corrections");
    }
  }

  /**
   * Approves the minutes as these records read now, and closes the window.
   *
   * @param pending how many corrections are not decided yet
   * @throws ApprovalRefused when it is approved already or a correction waits for a decision
   */
  public void approve(List<ApprovedItem> snapshot, long pending, String by, Instant now) {
    if (isApproved()) {
      throw new ApprovalRefused(
          Code.NOT_CIRCULATED, null, "version " + number + " of the minutes is approved already");
    }
    if (pending > 0) {
      throw new ApprovalRefused(
          Code.PENDING_CORRECTIONS,
          null,
          pending + " proposed corrections wait for a decision: accept or reject each first");
    }
    items.clear();
    items.addAll(snapshot);
    this.approvedAt = now.atOffset(ZoneOffset.UTC);
    this.approvedBy = by;
    if (closesAt.toInstant().isAfter(now)) {
      this.closesAt = approvedAt;
    }
  }

  public Long getId() {
    return id;
  }

  public Meeting getMeeting() {
    return meeting;
  }

  public int getNumber() {
    return number;
  }

  public OffsetDateTime getCirculatedAt() {
    return circulatedAt;
  }

  public String getCirculatedBy() {
    return circulatedBy;
  }

  public OffsetDateTime getClosesAt() {
    return closesAt;
  }

  public OffsetDateTime getApprovedAt() {
    return approvedAt;
  }

  public String getApprovedBy() {
    return approvedBy;
  }

  public List<ApprovedItem> getItems() {
    return List.copyOf(items);
  }
}
