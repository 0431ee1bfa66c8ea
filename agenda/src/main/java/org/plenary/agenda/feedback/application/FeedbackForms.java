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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenary.agenda.feedback.domain.AnswerInput;
import org.plenary.agenda.feedback.domain.FeedbackAnswer;
import org.plenary.agenda.feedback.domain.FeedbackForm;
import org.plenary.agenda.feedback.domain.FeedbackResponse;
import org.plenary.agenda.meetings.domain.Meeting;
import org.plenary.core.audit.application.AuditLog;
import org.plenary.core.audit.domain.AuditAction;
import org.plenary.core.audit.domain.AuditObjectType;
import org.plenary.core.people.domain.Person;
import org.plenary.core.security.domain.Roles;
import org.plenary.core.shared.NotFoundException;

/**
 * Feedback forms on drafts and topics: the secretariat defines them for a meeting; people who
 * attend the meeting answer each open form once and may change their response until it closes.
 * Every meeting also has the standard satisfaction set, answered the same way.
 */
@Stateless
@RolesAllowed({Roles.DELEGATE, Roles.MEMBER, Roles.MINISTRY, Roles.SECRETARIAT})
public class FeedbackForms {
  @PersistenceContext EntityManager em;
  @Resource SessionContext context;
  @Inject Participation participation;
  @Inject StandardSets standardSets;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /** A page of a meeting's forms, the standard set first, then by opening time. */
  @RolesAllowed(Roles.SECRETARIAT)
  public List<FormSummary> forms(@NotBlank String meetingId, int first, int size) {
    Meeting meeting = participation.publishedMeeting(meetingId);
    List<FeedbackForm> forms = standardSets.formsOf(meeting, first, size);
    if (forms.isEmpty()) {
      return List.of();
    }
    Map<Long, long[]> counts = new HashMap<>();
    em.createQuery(
            "select f.id, (select count(q) from FeedbackQuestion q where q.form = f),"
                + " (select count(r) from FeedbackResponse r where r.form = f)"
                + " from FeedbackForm f where f.id in :ids",
            Object[].class)
        .setParameter("ids", forms.stream().map(FeedbackForm::getId).toList())
        .getResultList()
        .forEach(
            row ->
                counts.put(
                    (Long) row[0],
                    new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()}));
    return forms.stream()
        .map(
            f -> {
              long[] c = counts.getOrDefault(f.getId(), new long[2]);
              return new FormSummary(
                  f.getId(),
                  f.getTitle(),
                  f.getOpensAt(),
                  f.getClosesAt(),
                  f.isStandard(),
                  c[0],
                  c[1]);
            })
        .toList();
  }

  /** How many forms a meeting has, the standard set included. */
  @RolesAllowed(Roles.SECRETARIAT)
  public long count(@NotBlank String meetingId) {
    Meeting meeting = participation.publishedMeeting(meetingId);
    standardSets.of(meeting);
    return em.createQuery(
            "select count(f) from FeedbackForm f where f.meeting = :meeting", Long.class)
        .setParameter("meeting", meeting)
        .getSingleResult();
  }

  /** The id of the meeting's form with this title (the standard set aside). */
  @RolesAllowed(Roles.SECRETARIAT)
  public Optional<Long> formId(@NotBlank String meetingId, @NotBlank String title) {
    return em.createQuery(
            "select f.id from FeedbackForm f where f.meeting.slug = :slug"
                + " and f.title = :title and f.standardMeetingId is null",
            Long.class)
        .setParameter("slug", meetingId)
        .setParameter("title", title)
        .getResultStream()
        .findFirst();
  }

  /** A form with its questions. */
  @RolesAllowed(Roles.SECRETARIAT)
  public FormDetails form(long formId) {
    return FormDetails.of(get(formId));
  }

  /** Defines a new form for a published meeting; returns its id. */
  @RolesAllowed(Roles.SECRETARIAT)
  public FormDetails define(@NotBlank String meetingId, @NotNull FormSpec spec) {
    Meeting meeting = participation.publishedMeeting(meetingId);
    FeedbackForm form =
        FeedbackForm.define(
            meeting, spec.title(), spec.opensAt(), spec.closesAt(), spec.questions());
    em.persist(form);
    em.flush();
    audit.record(
        AuditAction.FEEDBACK_FORM_DEFINED,
        AuditObjectType.FEEDBACK_FORM,
        form.getId(),
        form.getTitle());
    return FormDetails.of(form);
  }

  /** Changes a form: title and times always, questions while nobody has answered. */
  @RolesAllowed(Roles.SECRETARIAT)
  public FormDetails revise(long formId, @NotNull FormSpec spec) {
    FeedbackForm form = get(formId);
    form.revise(
        spec.title(), spec.opensAt(), spec.closesAt(), spec.questions(), responses(form) > 0);
    em.flush();
    audit.record(
        AuditAction.FEEDBACK_FORM_REVISED,
        AuditObjectType.FEEDBACK_FORM,
        form.getId(),
        form.getTitle());
    return FormDetails.of(form);
  }

  /**
   * The forms of a meeting the caller can see: those open now or closed already (with the caller's
   * answers), the standard set first. Forms not open yet are not shown.
   */
  public List<FormSheet> mine(@NotBlank String meetingId) {
    Meeting meeting = participation.publishedMeeting(meetingId);
    standardSets.of(meeting);
    Person person = participation.person(context.getCallerPrincipal());
    Instant now = clock.instant();
    List<FeedbackForm> forms =
        em.createQuery(
                "select f from FeedbackForm f where f.meeting = :meeting and f.opensAt <= :now"
                    + " order by case when f.standardMeetingId is null then 1 else 0 end,"
                    + " f.opensAt, f.id",
                FeedbackForm.class)
            .setParameter("meeting", meeting)
            .setParameter("now", now.atOffset(java.time.ZoneOffset.UTC))
            .getResultList();
    Map<Long, FeedbackResponse> responses = new HashMap<>();
    if (!forms.isEmpty()) {
      em.createQuery(
              "select r from FeedbackResponse r where r.person = :person"
                  + " and r.form.id in :ids",
              FeedbackResponse.class)
          .setParameter("person", person)
          .setParameter("ids", forms.stream().map(FeedbackForm::getId).toList())
          .getResultList()
          .forEach(r -> responses.put(r.getForm().getId(), r));
    }
    List<FormSheet> sheets = new ArrayList<>();
    for (FeedbackForm form : forms) {
      FeedbackResponse response = responses.get(form.getId());
      sheets.add(
          new FormSheet(
              FormDetails.of(form),
              form.isOpenAt(now),
              form.isClosedAt(now),
              response != null,
              response == null ? List.of() : answers(response)));
    }
    return sheets;
  }

  /**
   * Answers a form as the caller, or changes the caller's response, while the form is open.
   *
   * @throws org.plenary.agenda.feedback.domain.FeedbackRefused when the caller does not attend the
   *     meeting, the form is not open, or an answer breaks a rule of its question
   */
  public FormSheet respond(long formId, @NotNull List<AnswerInput> answers) {
    FeedbackForm form = get(formId);
    Meeting meeting = form.getMeeting();
    Person person = participation.person(context.getCallerPrincipal());
    if (!participation.attends(person, meeting)) {
      throw Participation.notRegistered(meeting);
    }
    Instant now = clock.instant();
    Optional<FeedbackResponse> existing = response(form, person);
    FeedbackResponse response;
    if (existing.isPresent()) {
      response = existing.get();
      response.revise(answers, now);
    } else {
      response = FeedbackResponse.respond(form, person, answers, now);
      em.persist(response);
    }
    em.flush();
    return new FormSheet(FormDetails.of(form), true, false, true, answers(response));
  }

  /**
   * Enters a response a person gave before Plenary kept them (the demo's delegates to E-Leaders
   * 2019) at its own time, under the rules of answering: the person attends the meeting, the form
   * was open then, every answer follows its question. A response the person has already stays.
   */
  @RolesAllowed(Roles.SECRETARIAT)
  public void importResponse(
      long formId, long personId, @NotNull List<AnswerInput> answers, @NotNull Instant givenAt) {
    FeedbackForm form = get(formId);
    Person person = participation.person(personId);
    if (!participation.attends(person, form.getMeeting())) {
      throw Participation.notRegistered(form.getMeeting());
    }
    if (response(form, person).isEmpty()) {
      em.persist(FeedbackResponse.respond(form, person, answers, givenAt));
    }
  }

  /** The person's response to the form, if they gave one. */
  private Optional<FeedbackResponse> response(FeedbackForm form, Person person) {
    return em.createQuery(
            "select r from FeedbackResponse r where r.form = :form and r.person = :person",
            FeedbackResponse.class)
        .setParameter("form", form)
        .setParameter("person", person)
        .getResultStream()
        .findFirst();
  }

  private static List<AnswerInput> answers(FeedbackResponse response) {
    return response.getAnswers().stream().map(FeedbackForms::input).toList();
  }

  private static AnswerInput input(FeedbackAnswer answer) {
    return new AnswerInput(
        answer.getQuestion().getCode(), answer.getRating(), answer.getText(), answer.getChoices());
  }

  private long responses(FeedbackForm form) {
    return em.createQuery(
            "select count(r) from FeedbackResponse r where r.form = :form", Long.class)
        .setParameter("form", form)
        .getSingleResult();
  }

  private FeedbackForm get(long formId) {
    FeedbackForm form = em.find(FeedbackForm.class, formId);
    if (form == null) {
      throw new NotFoundException("feedback form", formId);
    }
    return form;
  }
}
