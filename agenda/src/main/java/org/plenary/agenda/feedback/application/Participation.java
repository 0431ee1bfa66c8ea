package org.plenary.agenda.feedback.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import org.plenary.agenda.feedback.domain.FeedbackRefused;
import org.plenary.agenda.feedback.domain.FeedbackRefused.Rule;
import org.plenary.agenda.meetings.domain.AgendaItem;
import org.plenary.agenda.meetings.domain.AgendaStatus;
import org.plenary.agenda.meetings.domain.Meeting;
import org.plenary.agenda.registrations.domain.RegistrationStatus;
import org.plenary.core.people.domain.Person;
import org.plenary.core.security.application.Accounts;
import org.plenary.core.shared.NotFoundException;

/**
 * Who is giving feedback, on which published meeting, and whether they attend it: a person attends
 * a meeting when they are registered for it (for a session: for its day), or for its main meeting
 * with this side meeting, and the desk has not declined the registration (as the minutes and the
 * participant list hold). Used inside the feedback services' transactions.
 */
@Dependent
class Participation {
  @PersistenceContext EntityManager em;
  @Inject Accounts accounts;

  Person person(Principal caller) {
    String username = caller.getName();
    return accounts
        .find(username)
        .orElseThrow(() -> new NotFoundException("account", username))
        .getPerson();
  }

  /** The person with this id. */
  Person person(long personId) {
    Person person = em.find(Person.class, personId);
    if (person == null) {
      throw new NotFoundException("person", personId);
    }
    return person;
  }

  /** The managed meeting with this slug, if its agenda is published. */
  Meeting publishedMeeting(String slug) {
    return em.createQuery(
            "select m from Meeting m where m.slug = :slug and m.agendaStatus = :published",
            Meeting.class)
        .setParameter("slug", slug)
        .setParameter("published", AgendaStatus.PUBLISHED)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("meeting", slug));
  }

  boolean attends(Person person, Meeting meeting) {
    return em.createQuery(
                    "select count(r) from Registration r where r.person = :person"
                        + " and r.meeting = :meeting and r.status <> :declined",
                    Long.class)
                .setParameter("person", person)
                .setParameter("meeting", meeting)
                .setParameter("declined", RegistrationStatus.DECLINED)
                .getSingleResult()
            > 0
        || attendsAsSideMeeting(person, meeting);
  }

  /** Registered for the main meeting with this side meeting ("member of" joins: a query apart). */
  private boolean attendsAsSideMeeting(Person person, Meeting meeting) {
    return em.createQuery(
                "select count(r) from Registration r where r.person = :person"
                    + " and :meeting member of r.sideMeetings and r.status <> :declined",
                Long.class)
            .setParameter("person", person)
            .setParameter("meeting", meeting)
            .setParameter("declined", RegistrationStatus.DECLINED)
            .getSingleResult()
        > 0;
  }

  /** Whether the person attends the day of this session (any day of a side meeting). */
  boolean attends(Person person, Meeting meeting, AgendaItem session) {
    long direct =
        em.createQuery(
                "select count(r) from Registration r where r.person = :person"
                    + " and r.meeting = :meeting and :date member of r.days"
                    + " and r.status <> :declined",
                Long.class)
            .setParameter("person", person)
            .setParameter("meeting", meeting)
            .setParameter("declined", RegistrationStatus.DECLINED)
            .setParameter("date", session.getDay().getDate())
            .getSingleResult();
    return direct > 0 || attendsAsSideMeeting(person, meeting);
  }

  static FeedbackRefused notRegistered(Meeting meeting) {
    return new FeedbackRefused(
        Rule.NOT_REGISTERED,
        null,
        "only people registered for " + meeting.getTitle() + " can give feedback on it");
  }
}
