package org.plenary.consultation.statistics.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenary.consultation.shared.Columns;

/**
 * A consultation's statistics as last counted, kept in {@code consultation_tally_snapshot} and
 * {@code consultation_tally} (migration V20_3): read while younger than {@link
 * org.plenary.consultation.shared.CommentSummaries#MAX_AGE}, written in a transaction of their own
 * so that a concurrent reader that wrote them first only costs this one its write.
 */
@Stateless
@PermitAll
public class StatisticsSnapshots {
  static final List<String> CHARTS = List.of("day", "category", "country", "section", "outcome");

  @PersistenceContext EntityManager em;

  /** The statistics counted after {@code since}, if any. */
  public Optional<ConsultationStatistics> since(long consultationId, OffsetDateTime since) {
    List<?> kept =
        em.createNativeQuery(
                "select computed_at from consultation_tally_snapshot"
                    + " where consultation_id = ?1 and computed_at > ?2")
            .setParameter(1, consultationId)
            .setParameter(2, since)
            .getResultList();
    if (kept.isEmpty()) {
      return Optional.empty();
    }
    Map<String, List<Tally>> charts = new LinkedHashMap<>();
    CHARTS.forEach(chart -> charts.put(chart, new ArrayList<>()));
    List<?> rows =
        em.createNativeQuery(
                "select chart, tally_key, tally_count from consultation_tally"
                    + " where consultation_id = ?1 order by chart, position")
            .setParameter(1, consultationId)
            .getResultList();
    for (Object row : rows) {
      Object[] r = (Object[]) row;
      charts
          .computeIfAbsent(((String) r[0]).strip(), c -> new ArrayList<>())
          .add(new Tally((String) r[1], ((Number) r[2]).longValue()));
    }
    List<Tally> byCategory = charts.get("category");
    return Optional.of(
        new ConsultationStatistics(
            byCategory.stream().mapToLong(Tally::getCount).sum(),
            charts.get("day"),
            byCategory,
            charts.get("country"),
            charts.get("section"),
            charts.get("outcome"),
            Columns.time(kept.get(0))));
  }

  /**
   * Keeps freshly counted statistics in place of the previous ones, in a transaction of its own;
   * fails (a duplicate key) when a concurrent reader kept its own first.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void keep(long consultationId, ConsultationStatistics counted) {
    em.createNativeQuery("delete from consultation_tally_snapshot where consultation_id = ?1")
        .setParameter(1, consultationId)
        .executeUpdate();
    em.createNativeQuery(
            "insert into consultation_tally_snapshot (consultation_id, computed_at) values (?1, ?2)")
        .setParameter(1, consultationId)
        .setParameter(2, counted.getComputedAt())
        .executeUpdate();
    Map<String, List<Tally>> charts =
        Map.of(
            "day", counted.getPerDay(),
            "category", counted.getByCategory(),
            "country", counted.getByCountry(),
            "section", counted.getBySection(),
            "outcome", counted.getByOutcome());
    for (Map.Entry<String, List<Tally>> chart : charts.entrySet()) {
      int position = 0;
      for (Tally tally : chart.getValue()) {
        em.createNativeQuery(
                "insert into consultation_tally"
                    + " (consultation_id, chart, position, tally_key, tally_count)"
                    + " values (?1, ?2, ?3, ?4, ?5)")
            .setParameter(1, consultationId)
            .setParameter(2, chart.getKey())
            .setParameter(3, position++)
            .setParameter(4, tally.getKey())
            .setParameter(5, tally.getCount())
            .executeUpdate();
      }
    }
  }
}
