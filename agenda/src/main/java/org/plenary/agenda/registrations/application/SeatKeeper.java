package org.plenary.agenda.registrations.application;

import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.plenary.agenda.meetings.domain.Meeting;
import org.plenary.agenda.registrations.domain.Registration;
import org.plenary.agenda.registrations.domain.SocialEventPlace;
import org.plenary.core.audit.application.AuditLog;
import org.plenary.core.audit.domain.AuditAction;
import org.plenary.core.audit.domain.AuditObjectType;
import org.plenary.core.mail.Mail;

/**
 * The social event's seats, counted in the meeting's seat row by conditional updates inside the
 * caller's transaction: taking a seat, giving one back, and handing a free one to the first person
 * on the waiting list (who is told by e-mail once the transaction commits).
 */
final class SeatKeeper {
  private final EntityManager em;
  private final AuditLog audit;
  private final Event<Mail> mail;

  SeatKeeper(EntityManager em, AuditLog audit, Event<Mail> mail) {
    this.em = em;
    this.audit = audit;
    this.mail = mail;
  }

  /** Takes a seat if one is free, atomically in the database; true if it was taken. */
  boolean take(Meeting meeting) {
    return em.createQuery(
                "update SocialEventSeats s set s.taken = s.taken + 1"
                    + " where s.meeting = :meeting and s.taken < s.capacity")
            .setParameter("meeting", meeting)
            .executeUpdate()
        == 1;
  }

  /** Gives a seat back; it goes to the first person waiting, if anyone is. */
  void release(Meeting meeting) {
    em.createQuery(
            "update SocialEventSeats s set s.taken = s.taken - 1"
                + " where s.meeting = :meeting and s.taken > 0")
        .setParameter("meeting", meeting)
        .executeUpdate();
    promoteNext(meeting);
  }

  /** Gives a free seat, if there is one, to the first person waiting; true if someone got it. */
  boolean promoteNext(Meeting meeting) {
    Optional<Registration> next =
        em.createQuery(
                "select r from Registration r where r.meeting = :m and r.socialEvent = :waiting"
                    + " order by r.waitingTicket",
                Registration.class)
            .setParameter("m", meeting)
            .setParameter("waiting", SocialEventPlace.WAITING)
            .setMaxResults(1)
            .getResultStream()
            .findFirst();
    if (next.isEmpty() || !take(meeting)) {
      return false;
    }
    Registration promoted = next.get();
    promoted.takeSeat();
    audit.record(
        AuditAction.REGISTRATION_PROMOTED,
        AuditObjectType.REGISTRATION,
        Registrations.key(promoted),
        "social event seat");
    RegistrationMails.promotion(promoted).ifPresent(mail::fire);
    return true;
  }
}
