package org.plenary.agenda.meetings.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.util.List;
import org.plenary.agenda.meetings.domain.AgendaStatus;
import org.plenary.core.security.domain.Roles;
import org.plenary.core.shared.Like;
import org.plenary.core.shared.SortColumn;

/**
 * Every meeting the secretariat plans, drafts and published alike, a page at a time for the
 * planning list: latest first or sorted, filtered, one query per page, no agenda loaded.
 */
@Stateless
@RolesAllowed(Roles.SECRETARIAT)
public class PlannedMeetings {
  @PersistenceContext EntityManager em;

  /**
   * What the planning list is narrowed to: words of the title, address (slug) or city, and the
   * agenda's status. Null for any.
   */
  public record Filter(String text, AgendaStatus status) implements Serializable {
    public static final Filter ALL = new Filter(null, null);
  }

  /** The columns the planning list sorts on. */
  public enum Sort implements SortColumn {
    START_DATE("startDate", "m.startDate"),
    TITLE("title", "lower(m.title)"),
    CITY("city", "lower(m.venue.city)"),
    STATUS("status", "m.agendaStatus");

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

  /** A page of meetings, the latest start date first (then by address). */
  public List<PlannedMeeting> page(int first, int size) {
    return page(Filter.ALL, Sort.START_DATE, false, first, size);
  }

  /** A page of the meetings the filter keeps, sorted in the database, then by address. */
  public List<PlannedMeeting> page(
      Filter filter, Sort sort, boolean ascending, int first, int size) {
    return bind(
            em.createQuery(
                "select new org.plenary.agenda.meetings.application.PlannedMeeting(m.slug,"
                    + " m.title, m.agendaStatus, m.publishedVersion, m.startDate, m.endDate,"
                    + " m.venue.city, m.timeZone, m.version) from Meeting m"
                    + where(filter)
                    + " order by "
                    + sort.expression
                    + (ascending ? " asc" : " desc")
                    + ", m.slug",
                PlannedMeeting.class),
            filter)
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.max(1, size))
        .getResultList();
  }

  /** How many meetings there are, for paging. */
  public long count() {
    return count(Filter.ALL);
  }

  /** How many meetings the filter keeps. */
  public long count(Filter filter) {
    return bind(
            em.createQuery("select count(m) from Meeting m" + where(filter), Long.class), filter)
        .getSingleResult();
  }

  private static String where(Filter filter) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    if (filter.text() != null && !filter.text().isBlank()) {
      where.append(
          " and (lower(m.title) like :text escape '\\' or m.slug like :text escape '\\'"
              + " or lower(m.venue.city) like :text escape '\\')");
    }
    if (filter.status() != null) {
      where.append(" and m.agendaStatus = :status");
    }
    return where.toString();
  }

  private static <T> TypedQuery<T> bind(TypedQuery<T> query, Filter filter) {
    if (filter.text() != null && !filter.text().isBlank()) {
      query.setParameter("text", Like.contains(filter.text()));
    }
    if (filter.status() != null) {
      query.setParameter("status", filter.status());
    }
    return query;
  }
}
