package org.plenary.agenda.feedback.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Optional;
import org.plenary.agenda.feedback.domain.FeedbackForm;
import org.plenary.agenda.meetings.domain.Meeting;

/**
 * Attaches the standard satisfaction set to a meeting the first time anyone looks for it, in a
 * transaction of its own: two people arriving at once create it once (a unique key decides), and
 * the loser simply reads the winner's.
 */
@Stateless
@PermitAll
public class StandardSets {
  @PersistenceContext EntityManager em;
  @Resource SessionContext context;

  /** The meeting's standard set, created if missing. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public FeedbackForm of(Meeting meeting) {
    Optional<FeedbackForm> found = find(meeting);
    if (found.isPresent()) {
      return found.get();
    }
    try {
      context.getBusinessObject(StandardSets.class).create(meeting.getId());
    } catch (EJBException | PersistenceException createdMeanwhile) {
      // someone else attached it at the same moment: theirs is as good
    }
    return find(meeting).orElseThrow(() -> new IllegalStateException("no standard set"));
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void create(long meetingId) {
    Meeting meeting = em.find(Meeting.class, meetingId);
    if (find(meeting).isEmpty()) {
      em.persist(FeedbackForm.standardSet(meeting));
      em.flush();
    }
  }

  /** A page of the meeting's forms, its standard set (created if missing) first. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<FeedbackForm> formsOf(Meeting meeting, int first, int size) {
    of(meeting);
    return em.createQuery(
            "select f from FeedbackForm f where f.meeting = :meeting"
                + " order by case when f.standardMeetingId is null then 1 else 0 end,"
                + " f.opensAt, f.id",
            FeedbackForm.class)
        .setParameter("meeting", meeting)
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.max(1, size))
        .getResultList();
  }

  private Optional<FeedbackForm> find(Meeting meeting) {
    return em.createQuery(
            "select f from FeedbackForm f where f.standardMeetingId = :id", FeedbackForm.class)
        .setParameter("id", meeting.getId())
        .getResultStream()
        .findFirst();
  }
}
