package org.plenary.consultation.statistics.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.plenary.consultation.consultations.application.Consultations;
import org.plenary.consultation.shared.CommentSummaries;

/**
 * Counts a consultation's published comments with one GROUP BY per chart; never loads comments.
 * Hidden comments count (they were made); comments awaiting confirmation do not. At a million
 * comments the five scans take seconds, so the counts are kept ({@link StatisticsSnapshots}) and
 * counted again only when older than {@link CommentSummaries#MAX_AGE} or dropped by a moderation
 * change; the counts say when they were made.
 */
@Stateless
@PermitAll
public class Statistics {
  /** The most countries a chart shows; the rest are summed as {@code OTHER}. */
  public static final int MAX_COUNTRIES = 30;

  private static final String PUBLISHED =
      " from consultation_comment where consultation_id = ?1 and published = true";

  /**
   * Up to this many published comments, {@link #published} counts them on every request; beyond, it
   * takes the stored statistics' total.
   */
  public static final int EXACT_COUNT = 10_000;

  private static final long QUARTER_SECONDS = 900;

  /** The quarter hour of a comment's publication, portable between H2 and PostgreSQL. */
  private static final String QUARTER =
      "cast(floor(extract(epoch from published_at) / " + QUARTER_SECONDS + ") as bigint)";

  private static final Logger LOG = Logger.getLogger(Statistics.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Consultations consultations;
  @Inject StatisticsSnapshots snapshots;
  @Inject Clock clock;

  /**
   * @throws org.plenary.core.shared.NotFoundException for an unknown consultation
   */
  public ConsultationStatistics of(long consultationId) {
    OffsetDateTime now = CommentSummaries.now(clock);
    Optional<ConsultationStatistics> kept =
        snapshots.since(consultationId, now.minus(CommentSummaries.MAX_AGE));
    if (kept.isPresent()) {
      return kept.get();
    }
    return countAndKeep(consultationId, now);
  }

  /**
   * How many published comments the consultation has, for paging through all of them (the report):
   * counted exactly up to {@link #EXACT_COUNT}; beyond, the statistics' total, at most {@link
   * CommentSummaries#MAX_AGE} old. Counting a million comments on every page took a third of a
   * second on PostgreSQL (issue 8); reading 10,001 index entries takes a few milliseconds.
   *
   * @throws org.plenary.core.shared.NotFoundException for an unknown consultation, when counted
   *     from the statistics
   */
  public long published(long consultationId) {
    long counted =
        ((Number)
                em.createNativeQuery(
                        "select count(*) from (select 1"
                            + PUBLISHED
                            + " fetch first "
                            + (EXACT_COUNT + 1)
                            + " rows only) t")
                    .setParameter(1, consultationId)
                    .getSingleResult())
            .longValue();
    if (counted <= EXACT_COUNT) {
      return counted;
    }
    long total = of(consultationId).getTotal();
    // kept while there were fewer than counted now: older than it may be, count again
    return total >= counted
        ? total
        : countAndKeep(consultationId, CommentSummaries.now(clock)).getTotal();
  }

  private ConsultationStatistics countAndKeep(long consultationId, OffsetDateTime now) {
    ZoneId zone = ZoneId.of(consultations.get(consultationId).getTimeZone());
    ConsultationStatistics counted = count(consultationId, zone, now);
    try {
      snapshots.keep(consultationId, counted);
    } catch (EJBException | PersistenceException concurrent) {
      // another reader kept its counts first: these are as right, only not kept
      LOG.log(
          Level.FINE,
          "statistics of consultation " + consultationId + " kept by another",
          concurrent);
    }
    return counted;
  }

  /** Counts now, on the database. */
  ConsultationStatistics count(long consultationId, ZoneId zone, OffsetDateTime now) {
    List<Tally> byCountry =
        tallies(
            consultationId,
            "select country, count(*)" + PUBLISHED + " group by country order by 2 desc, 1");
    if (byCountry.size() > MAX_COUNTRIES) {
      long others =
          byCountry.subList(MAX_COUNTRIES, byCountry.size()).stream()
              .mapToLong(Tally::getCount)
              .sum();
      byCountry =
          java.util.stream.Stream.concat(
                  byCountry.subList(0, MAX_COUNTRIES).stream(),
                  java.util.stream.Stream.of(new Tally("OTHER", others)))
              .toList();
    }
    List<Tally> byCategory =
        tallies(
                consultationId,
                "select category, count(*)" + PUBLISHED + " group by category order by 2 desc, 1")
            .stream()
            .map(t -> new Tally(t.getKey().toLowerCase(Locale.ROOT), t.getCount()))
            .toList();
    List<Tally> bySection =
        tallies(
            consultationId,
            "select coalesce(section_number, 0), count(*)"
                + PUBLISHED
                + " group by coalesce(section_number, 0) order by 1");
    List<Tally> byOutcome =
        tallies(
            consultationId,
            "select coalesce(response_outcome, 'UNANSWERED'), count(*)"
                + PUBLISHED
                + " group by coalesce(response_outcome, 'UNANSWERED') order by 2 desc, 1");
    // counted per quarter hour on the database (every offset in use is a whole quarter hour),
    // then summed per day of the consultation's own time zone: not UTC, not the server's
    List<Tally> quarters =
        tallies(
            consultationId,
            "select "
                + QUARTER
                + ", count(*)"
                + PUBLISHED
                + " and published_at is not null group by "
                + QUARTER
                + " order by 1");
    List<Tally> perDay = perLocalDay(quarters, zone);
    long total = byCategory.stream().mapToLong(Tally::getCount).sum();
    return new ConsultationStatistics(
        total, perDay, byCategory, byCountry, bySection, byOutcome, now);
  }

  /**
   * Sums counts per quarter hour (keys: quarter hours since 1970-01-01T00:00Z) into counts per day
   * of {@code zone}, earliest first.
   */
  static List<Tally> perLocalDay(List<Tally> quarters, ZoneId zone) {
    Map<LocalDate, Long> days = new TreeMap<>();
    for (Tally quarter : quarters) {
      LocalDate day =
          Instant.ofEpochSecond(Long.parseLong(quarter.getKey()) * QUARTER_SECONDS)
              .atZone(zone)
              .toLocalDate();
      days.merge(day, quarter.getCount(), Long::sum);
    }
    return days.entrySet().stream()
        .map(e -> new Tally(e.getKey().toString(), e.getValue()))
        .toList();
  }

  private List<Tally> tallies(long consultationId, String sql) {
    List<?> rows = em.createNativeQuery(sql).setParameter(1, consultationId).getResultList();
    return rows.stream()
        .map(r -> (Object[]) r)
        .map(r -> new Tally(String.valueOf(r[0]), ((Number) r[1]).longValue()))
        .toList();
  }
}
