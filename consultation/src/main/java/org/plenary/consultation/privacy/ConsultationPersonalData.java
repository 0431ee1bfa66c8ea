package org.plenary.consultation.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.plenary.core.privacy.application.DataSubject;
import org.plenary.core.privacy.application.PersonalData;
import org.plenary.core.privacy.application.PersonalRows;
import org.plenary.core.privacy.application.Privacy;
import org.plenary.core.security.domain.Roles;
import org.plenary.core.shared.Jsons;

/**
 * What consultations and coordination hold about a person: the comments they sent (signed in, or
 * under their e-mail address), the positions they gave for a ministry and the answers they gave to
 * remarks as a drafter. Erasure keeps every comment's text, section, category, country and response
 * — the report and the statistics count them — and forgets the name, e-mail address and user name;
 * positions and the drafter's acts keep their content under the erased name.
 */
@Stateless
@RolesAllowed({Roles.SECRETARIAT, Roles.DELEGATE, Roles.MEMBER, Roles.MINISTRY})
public class ConsultationPersonalData implements PersonalData {
  /** Columns that name the user who did something: they take the erased user name. */
  private static final Map<String, List<String>> USER_NAME_COLUMNS =
      Map.of(
          "consultation", List.of("created_by"),
          "consultation_comment", List.of("hidden_by", "responded_by"),
          "coordination_round", List.of("created_by", "closed_by", "table_published_by"),
          "position_entry", List.of("submitted_by"),
          "remark_settlement", List.of("settled_by"),
          "remark_response", List.of("answered_by"));

  @PersistenceContext EntityManager em;

  @Override
  public String part() {
    return "consultations";
  }

  @Override
  public JsonValue export(DataSubject subject) {
    return Jsons.object()
        .add(
            "comments",
            PersonalRows.of(
                em,
                "select c.title, k.section_number, k.comment_text, k.author_name, k.email,"
                    + " k.category, k.country, k.published, k.created_at, k.hidden_reason,"
                    + " k.response_outcome, k.response_text from consultation_comment k"
                    + " join consultation c on c.id = k.consultation_id"
                    + " where k.username = ?1 or k.email = ?2 order by k.created_at, k.id",
                List.of(
                    "consultation",
                    "section",
                    "text",
                    "name",
                    "email",
                    "category",
                    "country",
                    "published",
                    "createdAt",
                    "hiddenReason",
                    "responseOutcome",
                    "response"),
                subject.username(),
                String.valueOf(subject.email())))
        .add(
            "coordinationPositions",
            PersonalRows.of(
                em,
                "select e.body_id, e.number, e.position, e.note, e.submitted_at"
                    + " from position_entry e where e.submitted_by = ?1 order by e.submitted_at",
                List.of("consultedBody", "entry", "position", "note", "submittedAt"),
                subject.username()))
        .add(
            "coordinationAnswers",
            PersonalRows.of(
                em,
                "select e.body_id, e.number, r.remark_number, r.revision, r.outcome,"
                    + " r.explanation, r.answered_at from remark_response r"
                    + " join position_entry e on e.id = r.entry_id"
                    + " where r.answered_by = ?1 order by r.answered_at, r.id",
                List.of(
                    "consultedBody",
                    "entry",
                    "remark",
                    "revision",
                    "outcome",
                    "explanation",
                    "answeredAt"),
                subject.username()))
        .build();
  }

  /**
   * Comments sent without an account whose address was never confirmed: never published, so nothing
   * counts them; their attachment, if any, is released with them.
   */
  @Override
  public int expireUnconfirmed(OffsetDateTime cutoff) {
    String expired =
        "select id from consultation_comment where published = false and token_hash is not null"
            + " and created_at < ?1";
    PersonalRows.update(
        em,
        "update consultation_attachment set comment_id = null where comment_id in ("
            + expired
            + ")",
        cutoff);
    return PersonalRows.update(
        em, "delete from consultation_comment where id in (" + expired + ")", cutoff);
  }

  @Override
  public void erase(DataSubject subject) {
    PersonalRows.update(
        em,
        "update consultation_comment set author_name = ?1, email = null, username = null"
            + " where username = ?2 or email = ?3",
        Privacy.ERASED_NAME,
        subject.username(),
        String.valueOf(subject.email()));
    PersonalRows.update(
        em,
        "update position_entry set submitted_by_name = ?1 where submitted_by = ?2",
        Privacy.ERASED_NAME,
        subject.username());
    PersonalRows.update(
        em,
        "update remark_response set answered_by_name = ?1 where answered_by = ?2",
        Privacy.ERASED_NAME,
        subject.username());
    PersonalRows.rename(em, USER_NAME_COLUMNS, subject);
  }
}
