package org.plenary.consultation.shared;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The summaries of a consultation's published comments kept on the database (the statistics'
 * charts, the campaign groups; migration V20_3): how old they may be, and their invalidation.
 */
public final class CommentSummaries {
  /**
   * How old a summary may be before it is computed again: new comments show in the statistics and
   * the campaigns within this time, however they arrived (the application, a bulk upload, SQL).
   */
  public static final Duration MAX_AGE = Duration.ofSeconds(60);

  private CommentSummaries() {}

  /**
   * The time a summary computed now is stamped with: to the millisecond, as the database keeps it,
   * so the request that computes a summary reports the same time as those that read it.
   */
  public static OffsetDateTime now(Clock clock) {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC);
  }

  /**
   * Drops the consultation's summaries in the caller's transaction: a moderation change (a comment
   * hidden or answered, a campaign answered) shows at the next read, and a rollback keeps them.
   */
  public static void invalidate(EntityManager em, long consultationId) {
    em.createNativeQuery("delete from consultation_tally_snapshot where consultation_id = ?1")
        .setParameter(1, consultationId)
        .executeUpdate();
    em.createNativeQuery("delete from consultation_campaign_snapshot where consultation_id = ?1")
        .setParameter(1, consultationId)
        .executeUpdate();
  }
}
