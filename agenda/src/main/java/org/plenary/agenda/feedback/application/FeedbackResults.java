package org.plenary.agenda.feedback.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plenary.agenda.feedback.domain.FeedbackAnswer;
import org.plenary.agenda.feedback.domain.FeedbackForm;
import org.plenary.agenda.feedback.domain.FeedbackQuestion;
import org.plenary.agenda.feedback.domain.KeyQuestionAnswer;
import org.plenary.agenda.feedback.domain.Ratings;
import org.plenary.agenda.feedback.domain.SessionEvaluation;
import org.plenary.agenda.feedback.domain.StandardSatisfaction;
import org.plenary.agenda.meetings.application.MeetingCatalog;
import org.plenary.agenda.meetings.domain.AgendaItem;
import org.plenary.agenda.meetings.domain.Meeting;
import org.plenary.core.security.domain.Roles;
import org.plenary.core.shared.NotFoundException;

/**
 * The secretariat's view of the feedback: each form's answers aggregated per question in a fixed
 * number of grouped queries, the free-text answers page by page, the export of every answer page by
 * page, and the standard satisfaction set compared across meetings.
 */
@Stateless
@RolesAllowed(Roles.SECRETARIAT)
public class FeedbackResults {
  @PersistenceContext EntityManager em;
  @Inject Participation participation;
  @Inject StandardSets standardSets;
  @Inject MeetingCatalog catalog;

  /** The results of every form of a meeting, the standard set first. */
  public List<FormResults> forms(@NotBlank String meetingId) {
    Meeting meeting = participation.publishedMeeting(meetingId);
    List<FeedbackForm> forms = standardSets.formsOf(meeting, 0, Integer.MAX_VALUE);
    return forms.stream().map(this::results).toList();
  }

  /** One form's results. */
  public FormResults form(long formId) {
    FeedbackForm form = em.find(FeedbackForm.class, formId);
    if (form == null) {
      throw new NotFoundException("feedback form", formId);
    }
    return results(form);
  }

  private FormResults results(FeedbackForm form) {
    Map<Long, long[]> ratings = new HashMap<>();
    em.createQuery(
            "select a.question.id, a.rating, count(a) from FeedbackAnswer a"
                + " where a.question.form = :form and a.rating is not null"
                + " group by a.question.id, a.rating",
            Object[].class)
        .setParameter("form", form)
        .getResultList()
        .forEach(
            row ->
                RatingSummary.add(
                    ratings.computeIfAbsent((Long) row[0], k -> new long[Ratings.HIGHEST]),
                    (Number) row[1],
                    (Number) row[2]));
    Map<Long, Map<String, Long>> choices = new HashMap<>();
    em.createQuery(
            "select a.question.id, c, count(a) from FeedbackAnswer a join a.choices c"
                + " where a.question.form = :form group by a.question.id, c",
            Object[].class)
        .setParameter("form", form)
        .getResultList()
        .forEach(
            row ->
                choices
                    .computeIfAbsent((Long) row[0], k -> new HashMap<>())
                    .put((String) row[1], ((Number) row[2]).longValue()));
    Map<Long, Long> answered = new HashMap<>();
    em.createQuery(
            "select a.question.id, count(a) from FeedbackAnswer a"
                + " where a.question.form = :form group by a.question.id",
            Object[].class)
        .setParameter("form", form)
        .getResultList()
        .forEach(row -> answered.put((Long) row[0], ((Number) row[1]).longValue()));
    long responses =
        em.createQuery("select count(r) from FeedbackResponse r where r.form = :form", Long.class)
            .setParameter("form", form)
            .getSingleResult();
    List<QuestionResults> questions = new ArrayList<>();
    for (FeedbackQuestion q : form.getQuestions()) {
      Map<String, Long> chosen = choices.getOrDefault(q.getId(), Map.of());
      questions.add(
          new QuestionResults(
              q.getCode(),
              q.getKind(),
              q.getText(),
              answered.getOrDefault(q.getId(), 0L),
              RatingSummary.of(ratings.getOrDefault(q.getId(), new long[Ratings.HIGHEST])),
              q.getKind().hasChoices()
                  ? q.getChoices().stream()
                      .map(c -> new ChoiceCount(c, chosen.getOrDefault(c, 0L)))
                      .toList()
                  : List.of()));
    }
    return new FormResults(FormDetails.of(form), responses, questions);
  }

  /** A page of the free-text answers to a question of a form, newest first. */
  public List<FreeText> texts(long formId, @NotBlank String code, int first, int size) {
    return em
        .createQuery(
            "select r.person.fullName, a.text, r.updatedAt from FeedbackAnswer a join a.response r"
                + " where a.question.form.id = :form and a.question.code = :code"
                + " and a.text is not null order by r.updatedAt desc, a.id desc",
            Object[].class)
        .setParameter("form", formId)
        .setParameter("code", code)
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.max(1, size))
        .getResultList()
        .stream()
        .map(FreeText::of)
        .toList();
  }

  /** How many free-text answers {@link #texts} pages through. */
  public long countTexts(long formId, @NotBlank String code) {
    return em.createQuery(
            "select count(a) from FeedbackAnswer a where a.question.form.id = :form"
                + " and a.question.code = :code and a.text is not null",
            Long.class)
        .setParameter("form", formId)
        .setParameter("code", code)
        .getSingleResult();
  }

  /**
   * A page of the export's session part: for each evaluation (oldest first) its rating, comment and
   * key-question answers as rows.
   */
  public List<CsvRow> sessionRows(@NotBlank String meetingId, int first, int size) {
    Meeting meeting = participation.publishedMeeting(meetingId);
    Map<String, String> titles = new HashMap<>();
    catalog
        .getPublished(meetingId)
        .getItems()
        .forEach(item -> titles.put(item.getKey(), title(item)));
    List<SessionEvaluation> page =
        em.createQuery(
                "select e from SessionEvaluation e join fetch e.person"
                    + " where e.meeting = :meeting order by e.id",
                SessionEvaluation.class)
            .setParameter("meeting", meeting)
            .setHint("eclipselink.batch", "e.answers")
            .setHint("eclipselink.batch.type", "IN")
            .setFirstResult(Math.max(0, first))
            .setMaxResults(Math.max(1, size))
            .getResultList();
    List<CsvRow> rows = new ArrayList<>();
    for (SessionEvaluation e : page) {
      String subject = titles.getOrDefault(e.getItemKey(), e.getItemKey());
      String who = e.getPerson().getFullName();
      rows.add(
          new CsvRow(
              "session",
              subject,
              "rating",
              "Rating",
              who,
              String.valueOf(e.getRating()),
              e.getUpdatedAt()));
      if (e.getComment() != null) {
        rows.add(
            new CsvRow(
                "session", subject, "comment", "Comment", who, e.getComment(), e.getUpdatedAt()));
      }
      List<KeyQuestionAnswer> answers = e.getAnswers();
      for (int i = 0; i < answers.size(); i++) {
        rows.add(
            new CsvRow(
                "session",
                subject,
                "key-question",
                answers.get(i).getQuestion(),
                who,
                answers.get(i).getAnswer(),
                e.getUpdatedAt()));
      }
    }
    return rows;
  }

  /** A page of the export's form part: one row per answer, by form, response and question. */
  public List<CsvRow> formRows(@NotBlank String meetingId, int first, int size) {
    Meeting meeting = participation.publishedMeeting(meetingId);
    List<FeedbackAnswer> page =
        em.createQuery(
                "select a from FeedbackAnswer a join fetch a.question q join fetch q.form f"
                    + " join fetch a.response r join fetch r.person"
                    + " where f.meeting = :meeting order by f.id, r.id, q.position",
                FeedbackAnswer.class)
            .setParameter("meeting", meeting)
            .setHint("eclipselink.batch", "a.choices")
            .setHint("eclipselink.batch.type", "IN")
            .setFirstResult(Math.max(0, first))
            .setMaxResults(Math.max(1, size))
            .getResultList();
    List<CsvRow> rows = new ArrayList<>();
    for (FeedbackAnswer a : page) {
      FeedbackQuestion q = a.getQuestion();
      String value =
          switch (q.getKind()) {
            case RATING -> String.valueOf(a.getRating());
            case FREE_TEXT -> a.getText();
            default -> String.join("; ", a.getChoices());
          };
      rows.add(
          new CsvRow(
              "form",
              q.getForm().getTitle(),
              q.getCode(),
              q.getText(),
              a.getResponse().getPerson().getFullName(),
              value,
              a.getResponse().getUpdatedAt()));
    }
    return rows;
  }

  /** The standard satisfaction set's averages per meeting, earliest meeting first. */
  public List<ComparisonRow> comparison() {
    Map<String, ComparisonRow> rows = new LinkedHashMap<>();
    Map<String, Long> responses = new HashMap<>();
    em.createQuery(
            "select f.meeting.slug, count(r) from FeedbackResponse r join r.form f"
                + " where f.standardMeetingId is not null group by f.meeting.slug",
            Object[].class)
        .getResultList()
        .forEach(row -> responses.put((String) row[0], ((Number) row[1]).longValue()));
    em.createQuery(
            "select m.slug, m.title, m.startDate, q.code, avg(a.rating) from FeedbackAnswer a"
                + " join a.question q join q.form f join f.meeting m"
                + " where f.standardMeetingId is not null and q.code in :codes"
                + " group by m.slug, m.title, m.startDate, q.code order by m.startDate, m.slug",
            Object[].class)
        .setParameter("codes", StandardSatisfaction.RATED)
        .getResultList()
        .forEach(
            row -> {
              String slug = (String) row[0];
              ComparisonRow line =
                  rows.computeIfAbsent(
                      slug,
                      s ->
                          new ComparisonRow(
                              s,
                              (String) row[1],
                              (LocalDate) row[2],
                              responses.getOrDefault(s, 0L),
                              new LinkedHashMap<>()));
              line.averages()
                  .put(
                      (String) row[3], Math.round(((Number) row[4]).doubleValue() * 100.0) / 100.0);
            });
    return List.copyOf(rows.values());
  }

  private static String title(AgendaItem item) {
    return item.getSessionNumber() == null
        ? item.getTitle()
        : "Session " + item.getSessionNumber() + ": " + item.getTitle();
  }
}
