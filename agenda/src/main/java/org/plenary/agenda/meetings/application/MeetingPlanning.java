package org.plenary.agenda.meetings.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import org.plenary.agenda.meetings.domain.AgendaRuleViolation;
import org.plenary.agenda.meetings.domain.AgendaRuleViolation.Rule;
import org.plenary.agenda.meetings.domain.AgendaVersion;
import org.plenary.agenda.meetings.domain.Meeting;
import org.plenary.core.audit.application.AuditLog;
import org.plenary.core.audit.domain.AuditAction;
import org.plenary.core.audit.domain.AuditObjectType;
import org.plenary.core.security.domain.Roles;
import org.plenary.core.shared.NotFoundException;

/** The secretariat plans meetings with their whole agenda, and publishes agendas. */
@Stateless
@RolesAllowed(Roles.SECRETARIAT)
public class MeetingPlanning {
  @PersistenceContext EntityManager em;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /**
   * Plans a meeting with its days and items, as a draft. A side meeting's main meeting must exist.
   *
   * @return the new meeting's slug
   * @throws AgendaRuleViolation when the slug is taken or the plan breaks a rule of the agenda
   * @throws NotFoundException when the plan names a main meeting that does not exist
   */
  public String plan(@NotNull @Valid MeetingPlan plan) {
    return plan(plan, null);
  }

  /**
   * Plans a meeting as {@link #plan(MeetingPlan)}, held by the working group with slug {@code
   * group} (null or blank for none).
   *
   * @throws AgendaRuleViolation {@code UNKNOWN_GROUP} when there is no such group
   */
  public String plan(@NotNull @Valid MeetingPlan plan, String group) {
    if (isPlanned(plan.slug())) {
      throw new AgendaRuleViolation(
          Rule.SLUG_TAKEN, "a meeting " + plan.slug() + " exists already");
    }
    Meeting main = plan.mainMeetingSlug() == null ? null : meeting(plan.mainMeetingSlug());
    Meeting meeting = plan.draft(main);
    meeting.hostBy(GroupMeetings.hostingGroup(em, group));
    em.persist(meeting);
    audit.record(
        AuditAction.MEETING_PLANNED, AuditObjectType.MEETING, meeting.getSlug(), summary(meeting));
    return meeting.getSlug();
  }

  /**
   * Publishes the meeting's agenda as it stands as its next numbered version, under a label such as
   * {@code V20190719} (see {@link AgendaPublishing} for the edit that checks the version the
   * secretariat saw).
   *
   * @throws NotFoundException when there is no meeting with that slug
   * @throws AgendaRuleViolation when the label is missing or the agenda has no items
   */
  public void publishAgenda(@NotBlank String slug, @NotBlank String label) {
    Meeting meeting = meeting(slug);
    AgendaVersion version = meeting.publishAgenda(label, clock.instant());
    em.persist(version);
    audit.record(
        AuditAction.AGENDA_PUBLISHED,
        AuditObjectType.MEETING,
        slug,
        "version " + version.getNumber() + " " + version.getLabel());
  }

  /** Whether a meeting with this slug exists, published or not. */
  public boolean isPlanned(@NotBlank String slug) {
    return em.createQuery("select count(m) from Meeting m where m.slug = :slug", Long.class)
            .setParameter("slug", slug)
            .getSingleResult()
        > 0;
  }

  private Meeting meeting(String slug) {
    return em.createQuery("select m from Meeting m where m.slug = :slug", Meeting.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("meeting", slug));
  }

  private static String summary(Meeting meeting) {
    return meeting.getTitle()
        + ", "
        + meeting.getStartDate()
        + (meeting.getEndDate().equals(meeting.getStartDate()) ? "" : " to " + meeting.getEndDate())
        + ", "
        + meeting.getDays().size()
        + " day(s), "
        + meeting.getItems().size()
        + " item(s)"
        + (meeting.isSideMeeting() ? ", side meeting of " + meeting.getMainMeeting().getSlug() : "")
        + (meeting.getWorkingGroup() == null
            ? ""
            : ", held by group " + meeting.getWorkingGroup().getSlug());
  }
}
