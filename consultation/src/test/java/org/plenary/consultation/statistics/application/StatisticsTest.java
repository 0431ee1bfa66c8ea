package org.plenary.consultation.statistics.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Comments per day are counted per day of the consultation's own time zone. */
class StatisticsTest {
  private static Tally quarter(String utc, long count) {
    return new Tally(String.valueOf(Instant.parse(utc).getEpochSecond() / 900), count);
  }

  @Test
  void aCommentAtHalfPastElevenUtcBelongsToTheNextDayOfAnEstonianConsultation() {
    List<Tally> quarters =
        List.of(
            quarter("2026-03-02T20:45:00Z", 1), // 22:45 in Tallinn (EET, UTC+2): 2 March
            quarter("2026-03-02T21:59:00Z", 2), // 23:59 in Tallinn: still 2 March
            quarter("2026-03-02T22:00:00Z", 4), // 00:00 in Tallinn: 3 March
            quarter("2026-03-02T23:30:00Z", 8)); // 01:30 in Tallinn: 3 March

    assertThat(Statistics.perLocalDay(quarters, ZoneId.of("Europe/Tallinn")))
        .extracting(t -> t.getKey() + "=" + t.getCount())
        .containsExactly("2026-03-02=3", "2026-03-03=12");
    assertThat(Statistics.perLocalDay(quarters, ZoneId.of("UTC")))
        .extracting(t -> t.getKey() + "=" + t.getCount())
        .containsExactly("2026-03-02=15");
  }

  @Test
  void followsTheZonesSummerTime() {
    // 21:30 UTC is 00:30 the next day in Tallinn in summer (EEST, UTC+3), 23:30 in winter
    List<Tally> quarters =
        List.of(quarter("2026-07-01T21:30:00Z", 1), quarter("2026-01-01T21:30:00Z", 1));

    assertThat(Statistics.perLocalDay(quarters, ZoneId.of("Europe/Tallinn")))
        .extracting(t -> t.getKey() + "=" + t.getCount())
        .containsExactly("2026-01-01=1", "2026-07-02=1");
  }
}
