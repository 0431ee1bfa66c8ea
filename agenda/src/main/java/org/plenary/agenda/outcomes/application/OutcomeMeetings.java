package org.plenary.agenda.outcomes.application;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.plenary.agenda.meetings.domain.AgendaStatus;
import org.plenary.agenda.meetings.domain.Meeting;
import org.plenary.core.shared.NotFoundException;

/** The managed meeting whose outcomes are recorded: only a published one. Used in transactions. */
@Dependent
class OutcomeMeetings {
  @PersistenceContext EntityManager em;

  /** The managed meeting with this slug, if its agenda is published. */
  Meeting published(String slug) {
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
