package org.plenary.consultation.tracker.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.plenary.consultation.shared.Columns;

/**
 * The public draft tracker: drafts that are public (shared with delegates, in consultation, or
 * final; never a group's private working draft), alphabetically, each with its latest coordination
 * round and latest consultation, read in one query per page.
 */
@Stateless
@PermitAll
public class Tracker {
  private static final String PUBLIC =
      " from draft d join working_group g on g.id = d.group_id"
          + " where d.status in ('SHARED_WITH_DELEGATES', 'IN_CONSULTATION', 'FINAL')";

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  public List<TrackedDraft> page(int first, int size) {
    List<?> rows =
        em.createNativeQuery(
                "select d.id, d.title, g.name, d.status, d.latest_version,"
                    + " r.opens_at, r.deadline, r.closed_at,"
                    + " k.id, k.opens_at, k.closes_at, k.report_published_at,"
                    + " r.id, r.table_published_at"
                    + " from draft d join working_group g on g.id = d.group_id"
                    + " left join coordination_round r on r.id ="
                    + " (select max(r2.id) from coordination_round r2 where r2.draft_id = d.id)"
                    + " left join consultation k on k.id ="
                    + " (select max(k2.id) from consultation k2 where k2.draft_id = d.id)"
                    + " where d.status in ('SHARED_WITH_DELEGATES', 'IN_CONSULTATION', 'FINAL')"
                    + " order by d.title, d.id limit ?1 offset ?2")
            .setParameter(1, Math.max(1, size))
            .setParameter(2, Math.max(0, first))
            .getResultList();
    Instant now = clock.instant();
    LocalDate today = now.atOffset(ZoneOffset.UTC).toLocalDate();
    return rows.stream().map(r -> (Object[]) r).map(r -> tracked(r, now, today)).toList();
  }

  public long count() {
    return ((Number) em.createNativeQuery("select count(*)" + PUBLIC).getSingleResult())
        .longValue();
  }

  private static TrackedDraft tracked(Object[] r, Instant now, LocalDate today) {
    String draftStatus = (String) r[3];
    OffsetDateTime roundOpens = Columns.time(r[5]);
    LocalDate deadline = Columns.date(r[6]);
    String roundStatus = null;
    if (roundOpens != null) {
      roundStatus =
          r[7] != null ? "CLOSED" : now.isBefore(roundOpens.toInstant()) ? "PLANNED" : "OPEN";
    }
    boolean overdue = "OPEN".equals(roundStatus) && deadline != null && deadline.isBefore(today);
    Long consultationId = r[8] == null ? null : ((Number) r[8]).longValue();
    OffsetDateTime opens = Columns.time(r[9]);
    OffsetDateTime closes = Columns.time(r[10]);
    String consultationStatus = null;
    if (consultationId != null) {
      consultationStatus =
          r[11] != null
              ? "REPORT_PUBLISHED"
              : now.isBefore(opens.toInstant())
                  ? "PLANNED"
                  : now.isBefore(closes.toInstant()) ? "OPEN" : "CLOSED";
    }
    String stage =
        "FINAL".equals(draftStatus)
            ? "FINAL"
            : consultationId != null
                ? "IN_CONSULTATION"
                : "OPEN".equals(roundStatus) || "PLANNED".equals(roundStatus)
                    ? "IN_COORDINATION"
                    : "SHARED";
    return new TrackedDraft(
        ((Number) r[0]).longValue(),
        (String) r[1],
        (String) r[2],
        draftStatus,
        ((Number) r[4]).intValue(),
        stage,
        r[12] == null ? null : ((Number) r[12]).longValue(),
        r[13] != null,
        roundStatus,
        deadline,
        overdue,
        consultationId,
        consultationStatus,
        opens,
        closes);
  }
}
