package org.plenary.agenda.feedback.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.plenary.agenda.feedback.domain.FeedbackRefused;
import org.plenary.agenda.feedback.domain.FeedbackRefused.Rule;
import org.plenary.agenda.feedback.domain.KeyQuestionsOpening;
import org.plenary.agenda.feedback.domain.Ratings;
import org.plenary.agenda.feedback.domain.SessionEvaluation;
import org.plenary.agenda.feedback.domain.SessionFeedback;
import org.plenary.agenda.meetings.application.MeetingCatalog;
import org.plenary.agenda.meetings.domain.AgendaItem;
import org.plenary.agenda.meetings.domain.Meeting;
import org.plenary.core.audit.application.AuditLog;
import org.plenary.core.audit.domain.AuditAction;
import org.plenary.core.audit.domain.AuditObjectType;
import org.plenary.core.people.domain.Person;
import org.plenary.core.security.domain.Roles;
import org.plenary.core.shared.NotFoundException;

/**
 * Every session of a published agenda gets its evaluation without anyone building a form: people
 * who attend rate it from 1 to 5 and comment, from the moment it starts, and answer its key
 * questions when the secretariat opens them for input. The secretariat reads the results.
 */
@Stateless
@RolesAllowed({Roles.DELEGATE, Roles.MEMBER, Roles.MINISTRY, Roles.SECRETARIAT})
public class SessionEvaluations {
  @PersistenceContext EntityManager em;
  @Resource SessionContext context;
  @Inject Participation participation;
  @Inject MeetingCatalog catalog;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /** The sessions of a published meeting with the caller's own evaluations. */
  public MySessions mine(@NotBlank String meetingId) {
    Meeting meeting = participation.publishedMeeting(meetingId);
    Meeting agenda = catalog.getPublished(meetingId);
    Person person = participation.person(context.getCallerPrincipal());
    Map<String, SessionEvaluation> evaluations = new HashMap<>();
    em.createQuery(
            "select e from SessionEvaluation e where e.meeting = :meeting and e.person = :person",
            SessionEvaluation.class)
        .setParameter("meeting", meeting)
        .setParameter("person", person)
        .getResultList()
        .forEach(e -> evaluations.put(e.getItemKey(), e));
    Set<String> open = openKeys(meeting);
    Instant now = clock.instant();
    List<SessionSheet> sessions = new ArrayList<>();
    for (AgendaItem item : sessions(agenda)) {
      SessionEvaluation mine = evaluations.get(item.getKey());
      Instant starts = SessionEvaluation.startOf(agenda, item);
      sessions.add(
          new SessionSheet(
              item.getKey(),
              item.getSessionNumber(),
              item.getTitle(),
              item.getDay().getDate(),
              item.getStart(),
              item.getEnd(),
              item.getKeyQuestions(),
              open.contains(item.getKey()),
              !now.isBefore(starts),
              starts,
              mine == null ? null : mine.getRating(),
              mine == null ? null : mine.getComment(),
              item.getKeyQuestions().stream()
                  .map(q -> mine == null ? null : mine.answerTo(q))
                  .toList()));
    }
    return new MySessions(
        meeting.getSlug(), meeting.getTitle(), participation.attends(person, meeting), sessions);
  }

  /**
   * Rates and comments a session as the caller, or changes the caller's evaluation of it.
   *
   * @throws FeedbackRefused when the caller does not attend it, it has not started, the rating is
   *     not 1 to 5, or key questions are answered while not open for input
   */
  public SessionSheet evaluate(
      @NotBlank String meetingId, @NotBlank String itemKey, @NotNull SessionFeedback feedback) {
    Meeting meeting = participation.publishedMeeting(meetingId);
    Meeting agenda = catalog.getPublished(meetingId);
    AgendaItem session = session(agenda, itemKey);
    Person person = participation.person(context.getCallerPrincipal());
    if (!participation.attends(person, meeting, session)) {
      throw Participation.notRegistered(meeting);
    }
    boolean open = openKeys(meeting).contains(itemKey);
    Instant now = clock.instant();
    Optional<SessionEvaluation> existing = find(meeting, itemKey, person);
    if (existing.isPresent()) {
      existing.get().revise(agenda, session, feedback, open, now);
    } else {
      em.persist(SessionEvaluation.evaluate(meeting, session, person, feedback, open, now));
    }
    return mine(meetingId).sessions().stream()
        .filter(s -> s.itemKey().equals(itemKey))
        .findFirst()
        .orElseThrow();
  }

  /**
   * Enters an evaluation a person gave before Plenary kept them (the demo's delegates to E-Leaders
   * 2019) at its own time, under the rules of evaluating: the person attends the session's day, the
   * session had started, the rating is 1 to 5; no key question answered (none was open). An
   * evaluation the person has of the session already stays as it is.
   */
  @RolesAllowed(Roles.SECRETARIAT)
  public void importEvaluation(
      @NotBlank String meetingId,
      @NotBlank String itemKey,
      long personId,
      @NotNull SessionFeedback feedback,
      @NotNull Instant givenAt) {
    Meeting meeting = participation.publishedMeeting(meetingId);
    AgendaItem session = session(catalog.getPublished(meetingId), itemKey);
    Person person = participation.person(personId);
    if (!participation.attends(person, meeting, session)) {
      throw Participation.notRegistered(meeting);
    }
    if (find(meeting, itemKey, person).isEmpty()) {
      em.persist(SessionEvaluation.evaluate(meeting, session, person, feedback, false, givenAt));
    }
  }

  /** Opens (or closes) a session's key questions for delegates' input. */
  @RolesAllowed(Roles.SECRETARIAT)
  public void openKeyQuestions(@NotBlank String meetingId, @NotBlank String itemKey, boolean open) {
    Meeting meeting = participation.publishedMeeting(meetingId);
    AgendaItem session = session(catalog.getPublished(meetingId), itemKey);
    boolean isOpen = openKeys(meeting).contains(itemKey);
    if (open && !isOpen) {
      if (session.getKeyQuestions().isEmpty()) {
        throw new FeedbackRefused(
            Rule.NOT_A_KEY_QUESTION,
            "itemKey",
            "\"" + session.getTitle() + "\" has no key questions");
      }
      em.persist(new KeyQuestionsOpening(meeting, itemKey, clock.instant()));
      audit.record(
          AuditAction.FEEDBACK_KEY_QUESTIONS_OPENED,
          AuditObjectType.SESSION,
          meetingId + "/" + itemKey,
          null);
    } else if (!open && isOpen) {
      em.createQuery(
              "delete from KeyQuestionsOpening o where o.meeting = :meeting and o.itemKey = :key")
          .setParameter("meeting", meeting)
          .setParameter("key", itemKey)
          .executeUpdate();
      audit.record(
          AuditAction.FEEDBACK_KEY_QUESTIONS_CLOSED,
          AuditObjectType.SESSION,
          meetingId + "/" + itemKey,
          null);
    }
  }

  /** Every session's results, in agenda order, from one grouped query. */
  @RolesAllowed(Roles.SECRETARIAT)
  public List<SessionResults> results(@NotBlank String meetingId) {
    Meeting meeting = participation.publishedMeeting(meetingId);
    Meeting agenda = catalog.getPublished(meetingId);
    Map<String, long[]> counts = new HashMap<>();
    em.createQuery(
            "select e.itemKey, e.rating, count(e) from SessionEvaluation e"
                + " where e.meeting = :meeting group by e.itemKey, e.rating",
            Object[].class)
        .setParameter("meeting", meeting)
        .getResultList()
        .forEach(
            row ->
                RatingSummary.add(
                    counts.computeIfAbsent((String) row[0], k -> new long[Ratings.HIGHEST]),
                    (Number) row[1],
                    (Number) row[2]));
    Set<String> open = openKeys(meeting);
    return sessions(agenda).stream()
        .map(
            item ->
                new SessionResults(
                    item.getKey(),
                    item.getSessionNumber(),
                    item.getTitle(),
                    item.getDay().getDate(),
                    item.getStart(),
                    open.contains(item.getKey()),
                    item.getKeyQuestions(),
                    RatingSummary.of(
                        counts.getOrDefault(item.getKey(), new long[Ratings.HIGHEST]))))
        .toList();
  }

  /** One session's results. */
  @RolesAllowed(Roles.SECRETARIAT)
  public SessionResults results(@NotBlank String meetingId, @NotBlank String itemKey) {
    session(catalog.getPublished(meetingId), itemKey);
    return results(meetingId).stream()
        .filter(r -> r.itemKey().equals(itemKey))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("session", itemKey));
  }

  /**
   * A page of the comments on a session, newest first; with {@code question}, of the answers to
   * that key question instead.
   */
  @RolesAllowed(Roles.SECRETARIAT)
  public List<FreeText> texts(
      @NotBlank String meetingId, @NotBlank String itemKey, String question, int first, int size) {
    Meeting meeting = participation.publishedMeeting(meetingId);
    String jpql =
        question == null
            ? "select e.person.fullName, e.comment, e.updatedAt from SessionEvaluation e"
                + " where e.meeting = :meeting and e.itemKey = :key and e.comment is not null"
                + " order by e.updatedAt desc, e.id desc"
            : "select e.person.fullName, a.answer, e.updatedAt from SessionEvaluation e"
                + " join e.answers a where e.meeting = :meeting and e.itemKey = :key"
                + " and a.question = :question order by e.updatedAt desc, e.id desc";
    var query =
        em.createQuery(jpql, Object[].class)
            .setParameter("meeting", meeting)
            .setParameter("key", itemKey);
    if (question != null) {
      query.setParameter("question", question);
    }
    return query
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.max(1, size))
        .getResultList()
        .stream()
        .map(FreeText::of)
        .toList();
  }

  /** How many texts {@link #texts} pages through. */
  @RolesAllowed(Roles.SECRETARIAT)
  public long countTexts(@NotBlank String meetingId, @NotBlank String itemKey, String question) {
    Meeting meeting = participation.publishedMeeting(meetingId);
    String jpql =
        question == null
            ? "select count(e) from SessionEvaluation e where e.meeting = :meeting"
                + " and e.itemKey = :key and e.comment is not null"
            : "select count(e) from SessionEvaluation e join e.answers a"
                + " where e.meeting = :meeting and e.itemKey = :key and a.question = :question";
    var query =
        em.createQuery(jpql, Long.class)
            .setParameter("meeting", meeting)
            .setParameter("key", itemKey);
    if (question != null) {
      query.setParameter("question", question);
    }
    return query.getSingleResult();
  }

  static List<AgendaItem> sessions(Meeting agenda) {
    return agenda.getItems().stream().filter(AgendaItem::isSession).toList();
  }

  private static AgendaItem session(Meeting agenda, String itemKey) {
    AgendaItem item =
        agenda.findItem(itemKey).orElseThrow(() -> new NotFoundException("session", itemKey));
    if (!item.isSession()) {
      throw new FeedbackRefused(
          Rule.NOT_A_SESSION, "itemKey", "\"" + item.getTitle() + "\" is not a session");
    }
    return item;
  }

  private Optional<SessionEvaluation> find(Meeting meeting, String itemKey, Person person) {
    return em.createQuery(
            "select e from SessionEvaluation e where e.meeting = :meeting"
                + " and e.itemKey = :key and e.person = :person",
            SessionEvaluation.class)
        .setParameter("meeting", meeting)
        .setParameter("key", itemKey)
        .setParameter("person", person)
        .getResultStream()
        .findFirst();
  }

  private Set<String> openKeys(Meeting meeting) {
    return new HashSet<>(
        em.createQuery(
                "select o.itemKey from KeyQuestionsOpening o where o.meeting = :meeting",
                String.class)
            .setParameter("meeting", meeting)
            .getResultList());
  }
}
