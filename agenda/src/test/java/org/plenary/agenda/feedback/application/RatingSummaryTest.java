package org.plenary.agenda.feedback.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RatingSummaryTest {
  @Test
  void countsAveragesAndDistributesTheRatings() {
    long[] perRating = new long[5];
    RatingSummary.add(perRating, 5, 1L);
    RatingSummary.add(perRating, 2, 1L);
    RatingSummary.add(perRating, 4, 1L);

    RatingSummary summary = RatingSummary.of(perRating);

    assertThat(summary.count()).isEqualTo(3);
    assertThat(summary.average()).isEqualTo(3.67);
    assertThat(summary.distribution()).containsExactly(0L, 1L, 0L, 1L, 1L);
  }

  @Test
  void hasNoAverageWhenNobodyRated() {
    RatingSummary summary = RatingSummary.of(new long[5]);

    assertThat(summary.count()).isZero();
    assertThat(summary.average()).isNull();
    assertThat(summary.distribution()).containsOnly(0L);
  }

  @Test
  void ignoresRatingsOutsideTheScaleThatTheDatabaseCannotHold() {
    long[] perRating = new long[5];
    RatingSummary.add(perRating, 6, 3L);
    RatingSummary.add(perRating, 0, 3L);

    assertThat(RatingSummary.of(perRating).count()).isZero();
    assertThatThrownBy(() -> RatingSummary.of(new long[4]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
