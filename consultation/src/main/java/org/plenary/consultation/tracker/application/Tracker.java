package org.plenary.consultation.tracker.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.plenary.consultation.shared.Columns;
import org.plenary.core.shared.Like;
import org.plenary.core.shared.SortColumn;

/**
 * The public draft tracker: drafts that are public (shared with delegates, in consultation, or
 * final; never a group's private working draft), each with its latest coordination round and latest
 * consultation, filtered by words of the title or group and by stage, sorted and paged in the
 * database, one query per page.
 */
@Stateless
@PermitAll
public class Tracker {
  /** A draft's public rows with their stage and when it entered its status, as columns of t. */
  private static final String ROWS =
      "(select d.id, d.title, g.name group_name, d.status, d.latest_version,"
          + " r.opens_at round_opens, r.deadline, r.closed_at,"
          + " k.id consultation_id, k.opens_at consultation_opens, k.closes_at,"
          + " k.report_published_at, r.id round_id, r.table_published_at, "
          + Stage.SQL
          + " stage,"
          + " (select max(c.changed_at) from draft_status_change c where c.draft_id = d.id)"
          + " status_since"
          + " from draft d join working_group g on g.id = d.group_id"
          + " left join coordination_round r on r.id ="
          + " (select max(r2.id) from coordination_round r2 where r2.draft_id = d.id)"
          + " left join consultation k on k.id ="
          + " (select max(k2.id) from consultation k2 where k2.draft_id = d.id)"
          + " where d.status in ("
          + Stage.PUBLIC_STATUSES
          + ")";

  /**
   * What the tracker is narrowed to: words of the draft's title or its group's name, and a stage.
   * Null for any.
   */
  public record Filter(String text, Stage stage) implements Serializable {
    public static final Filter ALL = new Filter(null, null);
  }

  /** The columns the tracker sorts on. */
  public enum Sort implements SortColumn {
    TITLE("title", "lower(t.title)"),
    GROUP("group", "lower(t.group_name)"),
    STAGE(
        "stage",
        "case t.stage when 'SHARED' then 0 when 'IN_COORDINATION' then 1"
            + " when 'IN_CONSULTATION' then 2 else 3 end"),
    SINCE("since", "t.status_since");

    private final String column;
    private final String expression;

    Sort(String column, String expression) {
      this.column = column;
      this.expression = expression;
    }

    @Override
    public String column() {
      return column;
    }
  }

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** A page of the public drafts the filter keeps, sorted in the database (then by id). */
  public List<TrackedDraft> page(Filter filter, Sort sort, boolean ascending, int first, int size) {
    String direction = ascending ? " asc" : " desc";
    Query query =
        em.createNativeQuery(
            "select t.id, t.title, t.group_name, t.status, t.latest_version, t.round_opens,"
                + " t.deadline, t.closed_at, t.consultation_id, t.consultation_opens, t.closes_at,"
                + " t.report_published_at, t.round_id, t.table_published_at, t.stage,"
                + " t.status_since from "
                + rows(filter)
                + " order by "
                + sort.expression
                + direction
                + ", t.id"
                + direction
                + " limit ?1 offset ?2");
    List<?> rows =
        bind(query, filter)
            .setParameter(1, Math.max(1, size))
            .setParameter(2, Math.max(0, first))
            .getResultList();
    Instant now = clock.instant();
    LocalDate today = now.atOffset(ZoneOffset.UTC).toLocalDate();
    return rows.stream().map(r -> (Object[]) r).map(r -> tracked(r, now, today)).toList();
  }

  /** How many public drafts the filter keeps. */
  public long count(Filter filter) {
    Query query = em.createNativeQuery("select count(*) from " + rows(filter));
    return ((Number) bind(query, filter).getSingleResult()).longValue();
  }

  private static String rows(Filter filter) {
    StringBuilder rows = new StringBuilder(ROWS);
    if (hasText(filter)) {
      rows.append(" and (lower(d.title) like ?3 escape '\\' or lower(g.name) like ?3 escape '\\')");
    }
    rows.append(") t");
    if (filter.stage() != null) {
      rows.append(" where t.stage = ?4");
    }
    return rows.toString();
  }

  private static Query bind(Query query, Filter filter) {
    if (hasText(filter)) {
      query.setParameter(3, Like.contains(filter.text()));
    }
    if (filter.stage() != null) {
      query.setParameter(4, filter.stage().name());
    }
    return query;
  }

  private static boolean hasText(Filter filter) {
    return filter.text() != null && !filter.text().isBlank();
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
    return new TrackedDraft(
        ((Number) r[0]).longValue(),
        (String) r[1],
        (String) r[2],
        draftStatus,
        ((Number) r[4]).intValue(),
        (String) r[14],
        Columns.time(r[15]),
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
