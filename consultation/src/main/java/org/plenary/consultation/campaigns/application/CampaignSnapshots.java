package org.plenary.consultation.campaigns.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.plenary.consultation.shared.Columns;

/**
 * A consultation's campaign groups (at least {@link Campaigns#MIN_COPIES} copies) as last grouped,
 * kept in {@code consultation_campaign_snapshot} and {@code consultation_campaign_group} (migration
 * V20_3): grouped by one INSERT ... SELECT on the database, in a transaction of its own.
 */
@Stateless
@PermitAll
public class CampaignSnapshots {
  @PersistenceContext EntityManager em;

  /** When the groups kept were grouped, if after {@code since}. */
  public Optional<OffsetDateTime> since(long consultationId, OffsetDateTime since) {
    List<?> kept =
        em.createNativeQuery(
                "select computed_at from consultation_campaign_snapshot"
                    + " where consultation_id = ?1 and computed_at > ?2")
            .setParameter(1, consultationId)
            .setParameter(2, since)
            .getResultList();
    return kept.stream().findFirst().map(Columns::time);
  }

  /**
   * Groups the consultation's published comments now and keeps the groups in place of the previous
   * ones. The snapshot row is written first: a concurrent reader doing the same waits for this one
   * and then fails on its key, without grouping a million rows for nothing.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void group(long consultationId, OffsetDateTime now) {
    em.createNativeQuery("delete from consultation_campaign_snapshot where consultation_id = ?1")
        .setParameter(1, consultationId)
        .executeUpdate();
    em.createNativeQuery(
            "insert into consultation_campaign_snapshot (consultation_id, computed_at)"
                + " values (?1, ?2)")
        .setParameter(1, consultationId)
        .setParameter(2, now)
        .executeUpdate();
    em.createNativeQuery(
            "insert into consultation_campaign_group (consultation_id, position, text_hash, copies,"
                + " answered, first_at, last_at, first_id)"
                + " select ?1, row_number() over (order by count(*) desc, min(id)), text_hash,"
                + " count(*), count(response_outcome), min(created_at), max(created_at),"
                + " "
                + Campaigns.SAMPLE_SQL
                + " from consultation_comment where consultation_id = ?2 and published = ?3"
                + " group by text_hash having count(*) >= ?4")
        .setParameter(1, consultationId)
        .setParameter(2, consultationId)
        .setParameter(3, Boolean.TRUE)
        .setParameter(4, (long) Campaigns.MIN_COPIES)
        .executeUpdate();
  }

  /** A page of the kept groups of at least {@code minCopies} copies, largest first. */
  public List<Object[]> page(long consultationId, int minCopies, int first, int size) {
    return Campaigns.rows(
        em.createNativeQuery(
                "select text_hash, copies, answered, first_at, last_at, first_id"
                    + " from consultation_campaign_group where consultation_id = ?1"
                    + " and copies >= ?2 order by position")
            .setParameter(1, consultationId)
            .setParameter(2, (long) minCopies)
            .setFirstResult(Math.max(0, first))
            .setMaxResults(Math.max(1, size))
            .getResultList());
  }

  /** How many kept groups have at least {@code minCopies} copies. */
  public long count(long consultationId, int minCopies) {
    Object count =
        em.createNativeQuery(
                "select count(*) from consultation_campaign_group where consultation_id = ?1"
                    + " and copies >= ?2")
            .setParameter(1, consultationId)
            .setParameter(2, (long) minCopies)
            .getSingleResult();
    return ((Number) count).longValue();
  }
}
