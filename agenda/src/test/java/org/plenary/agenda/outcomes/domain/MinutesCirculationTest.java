package org.plenary.agenda.outcomes.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.agenda.outcomes.domain.ApprovalRefused.Code;

class MinutesCirculationTest {
  private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
  private static final Instant CLOSES = NOW.plus(Duration.ofDays(7));

  private static Code code(Throwable thrown) {
    return ((ApprovalRefused) thrown).code();
  }

  @Test
  void refusesAWindowThatClosesNowOrEarlierOrMoreThanAYearAhead() {
    assertThatThrownBy(() -> new MinutesCirculation(null, 1, NOW, "claire", NOW))
        .isInstanceOfSatisfying(
            ApprovalRefused.class, r -> assertThat(r.code()).isEqualTo(Code.WINDOW_IN_THE_PAST));
    assertThatThrownBy(
            () -> new MinutesCirculation(null, 1, NOW.plus(Duration.ofDays(400)), "claire", NOW))
        .satisfies(t -> assertThat(code(t)).isEqualTo(Code.WINDOW_TOO_LONG));
  }

  @Test
  void takesCorrectionsUntilTheWindowCloses() {
    MinutesCirculation circulation = new MinutesCirculation(null, 1, CLOSES, "claire", NOW);
    circulation.takesCorrections(CLOSES.minusSeconds(1));
    assertThat(circulation.isOpen(CLOSES)).isFalse();
    assertThatThrownBy(() -> circulation.takesCorrections(CLOSES))
        .satisfies(t -> assertThat(code(t)).isEqualTo(Code.WINDOW_CLOSED));
  }

  @Test
  void isApprovedOnlyWithEveryCorrectionDecidedAndThenTakesNoMore() {
    MinutesCirculation circulation = new MinutesCirculation(null, 2, CLOSES, "claire", NOW);
    assertThatThrownBy(() -> circulation.approve(List.of(), 1, "claire", NOW))
        .satisfies(t -> assertThat(code(t)).isEqualTo(Code.PENDING_CORRECTIONS));
    circulation.approve(List.of(), 0, "claire", NOW.plusSeconds(60));
    assertThat(circulation.isApproved()).isTrue();
    assertThat(circulation.getClosesAt().toInstant()).isEqualTo(NOW.plusSeconds(60));
    assertThatThrownBy(() -> circulation.takesCorrections(NOW.plusSeconds(61)))
        .satisfies(t -> assertThat(code(t)).isEqualTo(Code.NOT_CIRCULATED));
    assertThatThrownBy(() -> circulation.approve(List.of(), 0, "claire", NOW))
        .satisfies(t -> assertThat(code(t)).isEqualTo(Code.NOT_CIRCULATED));
  }
}
