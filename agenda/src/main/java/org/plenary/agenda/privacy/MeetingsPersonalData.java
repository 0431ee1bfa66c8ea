package org.plenary.agenda.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import org.plenary.core.privacy.application.DataSubject;
import org.plenary.core.privacy.application.PersonalData;
import org.plenary.core.privacy.application.PersonalRows;
import org.plenary.core.privacy.application.Privacy;
import org.plenary.core.security.domain.Roles;
import org.plenary.core.shared.Jsons;

/**
 * What meetings hold about a person: registrations (with the days and needs they gave), session
 * evaluations and feedback answers, delegation places, roles on agendas, the actions they own and
 * what they wrote in minutes and action notes. Erasure keeps the registrations' days and seats and
 * the ratings and answers (the person record they point to is anonymised by the core), and forgets
 * the free-text dietary and accessibility needs, the name on minutes corrections, on action notes
 * and on the actions they own (which the public monitor shows), and the user name on minutes,
 * circulations and action notes.
 */
@Stateless
@RolesAllowed({Roles.SECRETARIAT, Roles.DELEGATE, Roles.MEMBER, Roles.MINISTRY})
public class MeetingsPersonalData implements PersonalData {
  /** Columns that name the user who did something: they take the erased user name. */
  private static final Map<String, List<String>> USER_NAME_COLUMNS =
      Map.of(
          "item_minutes", List.of("updated_by"),
          "action_note", List.of("author"),
          "minutes_circulation", List.of("circulated_by", "approved_by"),
          "minutes_correction", List.of("decided_by"));

  @PersistenceContext EntityManager em;

  @Override
  public String part() {
    return "meetings";
  }

  @Override
  public JsonValue export(DataSubject subject) {
    long person = subject.personId();
    return Jsons.object()
        .add(
            "registrations",
            PersonalRows.of(
                em,
                "select m.slug, m.title, r.attendance, r.social_event, r.waiting_ticket,"
                    + " r.dietary_needs, r.accessibility_needs, r.registered_at"
                    + " from registration r join meeting m on m.id = r.meeting_id"
                    + " where r.person_id = ?1 order by r.registered_at",
                List.of(
                    "meeting",
                    "title",
                    "attendance",
                    "socialEvent",
                    "waitingPosition",
                    "dietaryNeeds",
                    "accessibilityNeeds",
                    "registeredAt"),
                person))
        .add(
            "registeredDays",
            PersonalRows.of(
                em,
                "select m.slug, d.day_date from registration_day d"
                    + " join registration r on r.id = d.registration_id"
                    + " join meeting m on m.id = r.meeting_id where r.person_id = ?1"
                    + " order by m.slug, d.day_date",
                List.of("meeting", "day"),
                person))
        .add(
            "sessionEvaluations",
            PersonalRows.of(
                em,
                "select m.slug, e.item_key, e.rating, e.comment_text, e.updated_at"
                    + " from session_evaluation e join meeting m on m.id = e.meeting_id"
                    + " where e.person_id = ?1 order by e.updated_at",
                List.of("meeting", "item", "rating", "comment", "updatedAt"),
                person))
        .add(
            "feedbackAnswers",
            PersonalRows.of(
                em,
                "select f.title, q.question_text, a.rating, a.text_answer, r.updated_at"
                    + " from feedback_response r join feedback_form f on f.id = r.form_id"
                    + " join feedback_answer a on a.response_id = r.id"
                    + " join feedback_question q on q.id = a.question_id"
                    + " where r.person_id = ?1 order by r.updated_at, q.position",
                List.of("form", "question", "rating", "text", "updatedAt"),
                person))
        .add(
            "feedbackChoices",
            PersonalRows.of(
                em,
                "select q.question_text, c.label from feedback_response r"
                    + " join feedback_answer a on a.response_id = r.id"
                    + " join feedback_question q on q.id = a.question_id"
                    + " join feedback_answer_choice c on c.answer_id = a.id"
                    + " where r.person_id = ?1 order by q.question_text, c.label",
                List.of("question", "choice"),
                person))
        .add(
            "delegations",
            PersonalRows.of(
                em,
                "select m.slug, dm.member_role from delegation_member dm"
                    + " join delegation d on d.id = dm.delegation_id"
                    + " join meeting m on m.id = d.meeting_id where dm.person_id = ?1"
                    + " order by m.slug",
                List.of("meeting", "role"),
                person))
        .add(
            "agendaRoles",
            PersonalRows.of(
                em,
                "select i.title, r.kind, r.label from agenda_item_role r"
                    + " join agenda_item i on i.id = r.agenda_item_id where r.person_id = ?1"
                    + " order by i.id, r.position",
                List.of("item", "role", "shownAs"),
                person))
        .add(
            "minutesCorrections",
            PersonalRows.of(
                em,
                "select m.slug, c.item_title, c.passage, c.wording, c.remark, c.proposed_at,"
                    + " c.decision, c.reason from minutes_correction c"
                    + " join meeting m on m.id = c.meeting_id where c.proposer_id = ?1"
                    + " order by c.proposed_at",
                List.of(
                    "meeting",
                    "item",
                    "passage",
                    "wording",
                    "comment",
                    "proposedAt",
                    "decision",
                    "reason"),
                person))
        .add(
            "actionsOwned",
            PersonalRows.of(
                em,
                "select a.action_key, m.slug, a.kind, a.title, a.due_date, a.status, a.updated_at"
                    + " from action_item a join meeting m on m.id = a.meeting_id"
                    + " where a.owner_person_id = ?1 order by a.created_at, a.id",
                List.of("action", "meeting", "kind", "title", "dueDate", "status", "updatedAt"),
                person))
        .add(
            "actionNotes",
            PersonalRows.of(
                em,
                "select a.action_key, a.title, n.written_at, n.status, n.note_text"
                    + " from action_note n join action_item a on a.id = n.action_id"
                    + " where n.author = ?1 order by n.written_at, n.id",
                List.of("action", "title", "writtenAt", "status", "text"),
                subject.username()))
        .build();
  }

  @Override
  public void erase(DataSubject subject) {
    PersonalRows.update(
        em,
        "update minutes_correction set proposer_name = ?1, proposer_delegation = null"
            + " where proposer_id = ?2",
        Privacy.ERASED_NAME,
        subject.personId());
    PersonalRows.update(
        em,
        "update action_note set author_name = ?1 where author = ?2",
        Privacy.ERASED_NAME,
        subject.username());
    PersonalRows.update(
        em,
        "update action_item set owner_name = ?1 where owner_person_id = ?2",
        Privacy.ERASED_NAME,
        subject.personId());
    PersonalRows.rename(em, USER_NAME_COLUMNS, subject);
    PersonalRows.update(
        em,
        "update registration set dietary_needs = null, accessibility_needs = null"
            + " where person_id = ?1",
        subject.personId());
  }
}
