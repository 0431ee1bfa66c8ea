package org.plenary.agenda.meetings.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.plenary.core.security.domain.Roles;

/**
 * Every meeting the secretariat plans, drafts and published alike, a page at a time for the
 * planning list: latest first, one query per page, no agenda loaded.
 */
@Stateless
@RolesAllowed(Roles.SECRETARIAT)
public class PlannedMeetings {
  @PersistenceContext EntityManager em;

  /** A page of meetings, the latest start date first (then by address). */
  public List<PlannedMeeting> page(int first, int size) {
    return em.createQuery(
            "select new org.plenary.agenda.meetings.application.PlannedMeeting(m.slug, m.title,"
                + " m.agendaStatus, m.publishedVersion, m.startDate, m.endDate, m.venue.city,"
                + " m.timeZone, m.version) from Meeting m order by m.startDate desc, m.slug",
            PlannedMeeting.class)
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.max(1, size))
        .getResultList();
  }

  /** How many meetings there are, for paging. */
  public long count() {
    return em.createQuery("select count(m) from Meeting m", Long.class).getSingleResult();
  }
}
