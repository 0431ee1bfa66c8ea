package org.plenary.agenda.meetings.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.plenary.agenda.meetings.domain.AgendaItem;
import org.plenary.agenda.meetings.domain.AgendaStatus;
import org.plenary.agenda.meetings.domain.Meeting;
import org.plenary.agenda.meetings.domain.MeetingDay;
import org.plenary.core.shared.NotFoundException;

/**
 * Published meetings for everyone: the list of meetings, and a meeting's whole agenda loaded at
 * once (a fixed number of queries however long the agenda), ready to render after the transaction.
 */
@Stateless
@PermitAll
public class MeetingCatalog {
  // EclipseLink query hints (strings, so the module needs no EclipseLink API at compile time):
  // load each collection of the agenda for all its owners in one "where owner_id in (...)" query.
  private static final String BATCH = "eclipselink.batch";
  private static final String BATCH_TYPE = "eclipselink.batch.type";

  @PersistenceContext EntityManager em;

  /** A page of published main meetings, earliest first, with their published side meetings. */
  public List<MeetingSummary> page(int first, int size) {
    List<Meeting> meetings =
        em.createQuery(
                "select m from Meeting m where m.mainMeeting is null and m.agendaStatus ="
                    + " :published order by m.startDate, m.slug",
                Meeting.class)
            .setParameter("published", AgendaStatus.PUBLISHED)
            .setFirstResult(Math.max(0, first))
            .setMaxResults(Math.max(1, size))
            .getResultList();
    if (meetings.isEmpty()) {
      return List.of();
    }
    Map<Meeting, List<Meeting>> sideMeetings =
        em.createQuery(
                "select s from Meeting s join fetch s.mainMeeting"
                    + " where s.mainMeeting in :meetings and s.agendaStatus = :published"
                    + " order by s.startDate, s.slug",
                Meeting.class)
            .setParameter("meetings", meetings)
            .setParameter("published", AgendaStatus.PUBLISHED)
            .getResultStream()
            .collect(Collectors.groupingBy(Meeting::getMainMeeting));
    return meetings.stream()
        .map(meeting -> new MeetingSummary(meeting, sideMeetings.getOrDefault(meeting, List.of())))
        .toList();
  }

  /** How many published main meetings there are, for paging. */
  public long count() {
    return em.createQuery(
            "select count(m) from Meeting m where m.mainMeeting is null"
                + " and m.agendaStatus = :published",
            Long.class)
        .setParameter("published", AgendaStatus.PUBLISHED)
        .getSingleResult();
  }

  /**
   * The published meeting with this slug and its whole agenda: days, items with their key
   * questions, roles and steps, its own roles, its main meeting and its side meetings. Everything
   * is loaded before this method returns.
   */
  public Optional<Meeting> findPublished(String slug) {
    if (slug == null || slug.isBlank()) {
      return Optional.empty();
    }
    TypedQuery<Meeting> query =
        em.createQuery(
                "select m from Meeting m left join fetch m.mainMeeting"
                    + " where m.slug = :slug and m.agendaStatus = :published",
                Meeting.class)
            .setParameter("slug", slug)
            .setParameter("published", AgendaStatus.PUBLISHED)
            .setHint(BATCH_TYPE, "IN");
    for (String path :
        List.of(
            "m.roles",
            "m.sideMeetings",
            "m.days",
            "m.days.items",
            "m.days.items.keyQuestions",
            "m.days.items.roles",
            "m.days.items.steps")) {
      query.setHint(BATCH, path);
    }
    Optional<Meeting> meeting = query.getResultStream().findFirst();
    meeting.ifPresent(MeetingCatalog::loadAgenda);
    return meeting;
  }

  /**
   * The published meeting with this slug, as {@link #findPublished}.
   *
   * @throws NotFoundException when there is none, or its agenda is not published
   */
  public Meeting getPublished(String slug) {
    return findPublished(slug).orElseThrow(() -> new NotFoundException("meeting", slug));
  }

  /** Touches every collection the agenda shows, so that each batch query runs here. */
  private static void loadAgenda(Meeting meeting) {
    meeting.getRoles().size();
    meeting.getSideMeetings().size();
    for (MeetingDay day : meeting.getDays()) {
      for (AgendaItem item : day.getItems()) {
        item.getKeyQuestions().size();
        item.getRoles().size();
        item.getSteps().size();
      }
    }
  }
}
