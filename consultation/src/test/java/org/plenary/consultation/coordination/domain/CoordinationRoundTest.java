package org.plenary.consultation.coordination.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.plenary.consultation.coordination.domain.CoordinationRefused.Rule;
import org.plenary.core.drafts.domain.Draft;
import org.plenary.core.groups.domain.GroupKind;
import org.plenary.core.groups.domain.WorkingGroup;
import org.plenary.core.people.domain.Organisation;
import org.plenary.core.people.domain.OrganisationCategory;

class CoordinationRoundTest {
  static final ZoneId TALLINN = ZoneId.of("Europe/Tallinn");
  static final Instant OPENED = Instant.parse("2026-02-16T08:00:00Z");
  static final Set<String> SECTIONS = Set.of("s1", "s2");

  final Draft draft =
      Draft.start(
          new WorkingGroup("g", "Group", GroupKind.COMMITTEE, null, OPENED), "Act", OPENED, "x");
  final Organisation drafter =
      new Organisation("Ministry of Justice", "JUM", OrganisationCategory.MINISTRY, null);
  final Organisation finance =
      new Organisation("Ministry of Finance", "RAM", OrganisationCategory.MINISTRY, null);

  CoordinationRound round(LocalDate override) {
    return CoordinationRound.open(
        draft,
        1,
        drafter,
        WorkingDayCalendarTest.ESTONIA,
        LocalDateTime.of(2026, 2, 16, 10, 0),
        TALLINN,
        WorkingDayCalendar.DEFAULT_WORKING_DAYS,
        override,
        "drafter",
        OPENED);
  }

  @Test
  void countsTheDeadlineInWorkingDaysOrTakesTheDraftersDate() {
    CoordinationRound counted = round(null);
    assertThat(counted.getDeadline()).isEqualTo(LocalDate.of(2026, 3, 10));
    assertThat(counted.getWorkingDays()).isEqualTo(15);
    assertThat(counted.getOpensAt().toInstant()).isEqualTo(Instant.parse("2026-02-16T08:00:00Z"));

    CoordinationRound set = round(LocalDate.of(2026, 2, 27));
    assertThat(set.getDeadline()).isEqualTo(LocalDate.of(2026, 2, 27));
    assertThat(set.getWorkingDays()).isEqualTo(8);
    assertThatThrownBy(() -> round(LocalDate.of(2026, 2, 1)))
        .extracting(e -> ((CoordinationRefused) e).rule())
        .isEqualTo(Rule.DEADLINE_BEFORE_OPENING);
  }

  @Test
  void isPlannedThenOpenAndABodyIsOverdueOnlyOnceTheDeadlineDayIsOverInTheRoundsZone() {
    CoordinationRound round = round(null);
    ConsultedBody body = new ConsultedBody(round, finance);
    assertThat(round.status(Instant.parse("2026-02-16T07:59:00Z"))).isEqualTo(RoundStatus.PLANNED);
    assertThat(round.status(OPENED)).isEqualTo(RoundStatus.OPEN);
    // 10 March 2026 ends at 22:00 UTC in Tallinn (UTC+2)
    assertThat(body.isOverdue(Instant.parse("2026-03-10T21:59:59Z"))).isFalse();
    assertThat(body.isOverdue(Instant.parse("2026-03-10T22:00:00Z"))).isTrue();
    assertThatThrownBy(
            () -> give(body, Position.APPROVE, List.of(), Instant.parse("2026-02-15T00:00:00Z")))
        .extracting(e -> ((CoordinationRefused) e).rule())
        .isEqualTo(Rule.ROUND_NOT_OPEN);
  }

  @Test
  void aCorrectionIsTheNextEntryAndBecomesCurrent() {
    ConsultedBody body = new ConsultedBody(round(null), finance);
    PositionEntry first =
        give(
            body,
            Position.APPROVE_WITH_REMARKS,
            List.of(
                new RemarkText(RemarkKind.FUNDAMENTAL, "s2", "The budget is missing"),
                new RemarkText(RemarkKind.ORDINARY, null, "Typo in the title")),
            OPENED);
    assertThat(first.getNumber()).isEqualTo(1);
    assertThat(body.getOpenFundamentals()).isEqualTo(1);
    assertThat(body.getCurrentRemarks()).isEqualTo(2);

    PositionEntry correction = give(body, Position.APPROVE, List.of(), OPENED.plusSeconds(60));
    assertThat(correction.getNumber()).isEqualTo(2);
    assertThat(first.getPosition()).isEqualTo(Position.APPROVE_WITH_REMARKS);
    assertThat(first.getRemarks()).hasSize(2);
    assertThat(body.getEntries()).isEqualTo(2);
    assertThat(body.getCurrentPosition()).isEqualTo(Position.APPROVE);
    assertThat(body.getOpenFundamentals()).isZero();
    assertThat(body.isOverdue(Instant.parse("2026-04-01T00:00:00Z"))).isFalse();
  }

  @Test
  void refusesRemarksThatBreakTheRules() {
    ConsultedBody body = new ConsultedBody(round(null), finance);
    assertThatThrownBy(() -> give(body, Position.APPROVE_WITH_REMARKS, List.of(), OPENED))
        .extracting(e -> ((CoordinationRefused) e).rule())
        .isEqualTo(Rule.REMARKS_REQUIRED);
    assertThatThrownBy(
            () ->
                give(
                    body,
                    Position.DO_NOT_APPROVE,
                    List.of(new RemarkText(RemarkKind.ORDINARY, "s9", "On a missing section")),
                    OPENED))
        .isInstanceOf(CoordinationRefused.class)
        .extracting(e -> ((CoordinationRefused) e).field())
        .isEqualTo("remarks[0].section");
    assertThatThrownBy(
            () ->
                give(
                    body,
                    Position.DO_NOT_APPROVE,
                    List.of(new RemarkText(RemarkKind.ORDINARY, null, "  ")),
                    OPENED))
        .extracting(e -> ((CoordinationRefused) e).rule())
        .isEqualTo(Rule.TEXT_MISSING);
    assertThat(body.getEntries()).isZero();
  }

  @Test
  void aFundamentalObjectionBlocksClosingUntilTheDrafterSettlesIt() {
    CoordinationRound round = round(null);
    ConsultedBody body = new ConsultedBody(round, finance);
    PositionEntry entry =
        give(
            body,
            Position.DO_NOT_APPROVE,
            List.of(
                new RemarkText(RemarkKind.ORDINARY, null, "Consider a shorter title"),
                new RemarkText(RemarkKind.FUNDAMENTAL, "s1", "Contradicts the State Budget Act")),
            OPENED);
    assertThatThrownBy(() -> round.close(body.getOpenFundamentals(), "drafter", OPENED))
        .extracting(e -> ((CoordinationRefused) e).rule())
        .isEqualTo(Rule.FUNDAMENTAL_OBJECTIONS_OPEN);
    assertThatThrownBy(() -> body.settle(entry, 1, "noted", "drafter", OPENED))
        .extracting(e -> ((CoordinationRefused) e).rule())
        .isEqualTo(Rule.NOT_FUNDAMENTAL);

    RemarkSettlement settled =
        body.settle(entry, 2, "Agreed at the meeting of 2 March", "drafter", OPENED);
    assertThat(settled.getRemarkNumber()).isEqualTo(2);
    assertThat(body.getOpenFundamentals()).isZero();
    round.close(body.getOpenFundamentals(), "drafter", OPENED);
    assertThat(round.status(OPENED)).isEqualTo(RoundStatus.CLOSED);
    assertThatThrownBy(() -> give(body, Position.APPROVE, List.of(), OPENED))
        .extracting(e -> ((CoordinationRefused) e).rule())
        .isEqualTo(Rule.ROUND_CLOSED);
  }

  @Test
  void onlyTheCurrentPositionsRemarksAreSettled() {
    ConsultedBody body = new ConsultedBody(round(null), finance);
    PositionEntry old =
        give(
            body,
            Position.DO_NOT_APPROVE,
            List.of(new RemarkText(RemarkKind.FUNDAMENTAL, null, "No")),
            OPENED);
    give(body, Position.APPROVE, List.of(), OPENED);
    assertThatThrownBy(() -> body.settle(old, 1, "too late", "drafter", OPENED))
        .extracting(e -> ((CoordinationRefused) e).rule())
        .isEqualTo(Rule.NOT_CURRENT);
  }

  @Test
  void theDrafterAnswersEveryRemarkAndAnAnswerIsRevisedOnlyFromTheRevisionSeen() {
    ConsultedBody body = new ConsultedBody(round(null), finance);
    PositionEntry entry =
        give(
            body,
            Position.APPROVE_WITH_REMARKS,
            List.of(
                new RemarkText(RemarkKind.ORDINARY, null, "Typo in the title"),
                new RemarkText(RemarkKind.FUNDAMENTAL, "s2", "The budget is missing")),
            OPENED);
    assertThat(body.getUnansweredRemarks()).isEqualTo(2);

    RemarkResponse accepted = answer(body, entry, 1, RemarkOutcome.ACCEPTED, null, null, 0);
    assertThat(accepted.getRevision()).isEqualTo(1);
    assertThat(accepted.getExplanation()).isNull();
    assertThat(body.getUnansweredRemarks()).isEqualTo(1);
    assertThatThrownBy(() -> answer(body, entry, 2, RemarkOutcome.NOT_ACCEPTED, " ", null, 0))
        .extracting(e -> ((CoordinationRefused) e).field())
        .isEqualTo("explanation");
    assertThatThrownBy(
            () -> answer(body, entry, 2, RemarkOutcome.PARTLY_ACCEPTED, "x".repeat(4001), null, 0))
        .extracting(e -> ((CoordinationRefused) e).rule())
        .isEqualTo(Rule.TEXT_TOO_LONG);
    assertThatThrownBy(() -> answer(body, entry, 2, null, "why", null, 0))
        .extracting(e -> ((CoordinationRefused) e).rule())
        .isEqualTo(Rule.OUTCOME_MISSING);

    RemarkResponse revised =
        answer(body, entry, 1, RemarkOutcome.PARTLY_ACCEPTED, " Only half ", accepted, 1);
    assertThat(revised.getRevision()).isEqualTo(2);
    assertThat(revised.getExplanation()).isEqualTo("Only half");
    assertThat(accepted.isCurrent()).isFalse();
    assertThat(body.getUnansweredRemarks()).as("a revision answers nothing new").isEqualTo(1);
    assertThatThrownBy(() -> answer(body, entry, 1, RemarkOutcome.ACCEPTED, null, revised, 1))
        .as("an answer given meanwhile is never replaced unseen")
        .extracting(e -> ((CoordinationRefused) e).kind())
        .isEqualTo(org.plenary.core.shared.Refusal.Kind.CONFLICT);
    assertThat(revised.isCurrent()).isTrue();

    give(body, Position.APPROVE, List.of(), OPENED.plusSeconds(60));
    assertThat(body.getUnansweredRemarks()).isZero();
    assertThatThrownBy(() -> answer(body, entry, 2, RemarkOutcome.ACCEPTED, null, null, 0))
        .extracting(e -> ((CoordinationRefused) e).rule())
        .isEqualTo(Rule.NOT_CURRENT);
  }

  @Test
  void theTableIsPublishedOnceTheRoundIsClosedAndEveryRemarkAnsweredAndThenNoAnswerChanges() {
    CoordinationRound round = round(null);
    ConsultedBody body = new ConsultedBody(round, finance);
    PositionEntry entry =
        give(
            body,
            Position.APPROVE_WITH_REMARKS,
            List.of(new RemarkText(RemarkKind.ORDINARY, null, "Typo in the title")),
            OPENED);
    assertThatThrownBy(() -> round.publishTable(0, "drafter", OPENED))
        .extracting(e -> ((CoordinationRefused) e).rule())
        .isEqualTo(Rule.ROUND_NOT_CLOSED);
    round.close(0, "drafter", OPENED);
    assertThatThrownBy(() -> round.publishTable(body.getUnansweredRemarks(), "drafter", OPENED))
        .extracting(e -> ((CoordinationRefused) e).rule())
        .isEqualTo(Rule.REMARKS_UNANSWERED);
    RemarkResponse answered = answer(body, entry, 1, RemarkOutcome.ACCEPTED, null, null, 0);

    round.publishTable(body.getUnansweredRemarks(), "drafter", OPENED);
    assertThat(round.isTablePublished()).isTrue();
    round.publishTable(0, "someone else", OPENED.plusSeconds(1));
    assertThat(round.getTablePublishedBy()).isEqualTo("drafter");
    assertThatThrownBy(() -> answer(body, entry, 1, RemarkOutcome.NOTED, "Later", answered, 1))
        .extracting(e -> ((CoordinationRefused) e).rule())
        .isEqualTo(Rule.TABLE_PUBLISHED);
  }

  private static RemarkResponse answer(
      ConsultedBody body,
      PositionEntry entry,
      int number,
      RemarkOutcome outcome,
      String explanation,
      RemarkResponse current,
      int seen) {
    return body.answer(
        entry,
        entry.remark(number).orElseThrow(),
        outcome,
        explanation,
        current,
        seen,
        "drafter",
        "The Drafter",
        OPENED);
  }

  private static PositionEntry give(
      ConsultedBody body, Position position, List<RemarkText> remarks, Instant now) {
    return body.give(position, null, remarks, SECTIONS, "official", "An Official", now);
  }
}
