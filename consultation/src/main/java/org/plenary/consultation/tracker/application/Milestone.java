package org.plenary.consultation.tracker.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One dated step of a public draft's progress, as the public follows it: shared with delegates, a
 * coordination round opened (on which version, positions due when) and closed, its table of remarks
 * published, a public consultation opened and closed, its report published, the draft adopted.
 * {@code upcoming} when the date is still ahead (a round or consultation announced, a closing
 * date). The ids name the round or consultation the step links to.
 */
public record Milestone(
    Kind kind,
    OffsetDateTime at,
    boolean upcoming,
    Integer version,
    Long roundId,
    LocalDate deadline,
    boolean overdue,
    Long consultationId)
    implements Serializable {

  /** The steps in the order they come on one day. */
  public enum Kind {
    SHARED,
    COORDINATION_OPENS,
    COORDINATION_CLOSED,
    TABLE_PUBLISHED,
    CONSULTATION_OPENS,
    CONSULTATION_CLOSES,
    REPORT_PUBLISHED,
    FINAL
  }

  static Milestone of(Kind kind, OffsetDateTime at, OffsetDateTime now) {
    return new Milestone(kind, at, at.isAfter(now), null, null, null, false, null);
  }

  Milestone round(long id, int version, LocalDate deadline, boolean overdue) {
    return new Milestone(kind, at, upcoming, version, id, deadline, overdue, null);
  }

  Milestone round(long id) {
    return new Milestone(kind, at, upcoming, null, id, null, false, null);
  }

  Milestone consultation(long id, Integer version) {
    return new Milestone(kind, at, upcoming, version, null, null, false, id);
  }

  Milestone version(int number) {
    return new Milestone(kind, at, upcoming, number, roundId, deadline, overdue, consultationId);
  }
}
