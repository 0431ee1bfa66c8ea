package org.plenary.agenda.outcomes.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One approved version of a meeting's minutes, as frozen at approval, with its corrections log and
 * the numbers of every approved version of the meeting (newest last).
 */
public record ApprovedMinutes(
    String meetingId,
    String title,
    int version,
    List<Integer> versions,
    OffsetDateTime circulatedAt,
    OffsetDateTime approvedAt,
    List<Item> items,
    List<CorrectionView> corrections)
    implements Serializable {

  /** One agenda item's approved record. */
  public record Item(
      String itemKey,
      Integer sessionNumber,
      String title,
      LocalDate date,
      LocalTime start,
      String summary,
      List<Answer> answers,
      String decisions)
      implements Serializable {}

  /** A key question and its answer (null: not answered). */
  public record Answer(String question, String answer) implements Serializable {}
}
