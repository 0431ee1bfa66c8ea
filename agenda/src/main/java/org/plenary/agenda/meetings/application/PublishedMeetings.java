package org.plenary.agenda.meetings.application;

import jakarta.persistence.EntityManager;
import org.plenary.agenda.meetings.domain.AgendaStatus;
import org.plenary.agenda.meetings.domain.Meeting;
import org.plenary.core.shared.NotFoundException;

/** Finds a meeting whose agenda is published, in the caller's persistence context. */
public final class PublishedMeetings {
  private PublishedMeetings() {}

  /**
   * The managed meeting with this slug.
   *
   * @throws NotFoundException when there is none or its agenda is not published
   */
  public static Meeting get(EntityManager em, String slug) {
    return em.createQuery(
            "select m from Meeting m where m.slug = :slug and m.agendaStatus = :published",
            Meeting.class)
        .setParameter("slug", slug)
        .setParameter("published", AgendaStatus.PUBLISHED)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("meeting", slug));
  }
}
