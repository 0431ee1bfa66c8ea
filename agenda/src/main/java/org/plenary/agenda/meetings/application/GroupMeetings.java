package org.plenary.agenda.meetings.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenary.agenda.meetings.domain.AgendaRuleViolation;
import org.plenary.agenda.meetings.domain.AgendaRuleViolation.Rule;
import org.plenary.agenda.meetings.domain.AgendaStatus;
import org.plenary.core.groups.domain.WorkingGroup;
import org.plenary.core.security.domain.Roles;

/**
 * The meetings working groups hold: a group's space lists them (published ones, and drafts for the
 * secretariat and the group's members), and a meeting's page links to the space of its group for
 * those who may see that space (the secretariat and the group's members).
 */
@Stateless
@PermitAll
public class GroupMeetings {
  @PersistenceContext EntityManager em;
  @Resource SessionContext session;

  private static final String WHERE_OF_GROUP =
      " from Meeting m join m.workingGroup g where g.slug = :group";
  private static final String PUBLISHED_ONLY = " and m.agendaStatus = :published";

  /** The group's meetings, latest first, a page at a time; drafts only for those inside. */
  public List<GroupMeeting> meetingsOf(@NotBlank String group, int first, int size) {
    boolean inside = isInside(group);
    TypedQuery<GroupMeeting> query =
        em.createQuery(
            "select new org.plenary.agenda.meetings.application.GroupMeeting(m.slug, m.title,"
                + " m.startDate, m.endDate, m.agendaStatus)"
                + WHERE_OF_GROUP
                + (inside ? "" : PUBLISHED_ONLY)
                + " order by m.startDate desc, m.slug",
            GroupMeeting.class);
    return published(query, inside)
        .setParameter("group", group)
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.max(1, size))
        .getResultList();
  }

  public long countMeetingsOf(@NotBlank String group) {
    boolean inside = isInside(group);
    return published(
            em.createQuery(
                "select count(m)" + WHERE_OF_GROUP + (inside ? "" : PUBLISHED_ONLY), Long.class),
            inside)
        .setParameter("group", group)
        .getSingleResult();
  }

  private static <T> TypedQuery<T> published(TypedQuery<T> query, boolean inside) {
    return inside ? query : query.setParameter("published", AgendaStatus.PUBLISHED);
  }

  /** The group holding the meeting, when there is one and the caller may see its space. */
  public Optional<GroupHost> hostOf(@NotBlank String meeting) {
    return em.createQuery(
            "select new org.plenary.agenda.meetings.application.GroupHost(g.slug, g.name)"
                + " from Meeting m join m.workingGroup g where m.slug = :slug",
            GroupHost.class)
        .setParameter("slug", meeting)
        .getResultStream()
        .findFirst()
        .filter(host -> isInside(host.getSlug()));
  }

  /** Whether the caller is the secretariat or a member of the group. */
  boolean isInside(String group) {
    if (session.isCallerInRole(Roles.SECRETARIAT)) {
      return true;
    }
    return em.createQuery(
                "select count(ms) from Membership ms, Account a where a.person = ms.person"
                    + " and a.username = :username and ms.group.slug = :group",
                Long.class)
            .setParameter("username", session.getCallerPrincipal().getName())
            .setParameter("group", group)
            .getSingleResult()
        > 0;
  }

  /**
   * The working group with this slug for a meeting to be held by; null for a blank slug.
   *
   * @throws AgendaRuleViolation naming the field {@code group} when there is no such group
   */
  static WorkingGroup hostingGroup(EntityManager em, String slug) {
    if (slug == null || slug.isBlank()) {
      return null;
    }
    return em.createQuery("select g from WorkingGroup g where g.slug = :slug", WorkingGroup.class)
        .setParameter("slug", slug.strip())
        .getResultStream()
        .findFirst()
        .orElseThrow(
            () ->
                new AgendaRuleViolation(
                    Rule.UNKNOWN_GROUP,
                    "group",
                    null,
                    Map.of("group", slug),
                    "there is no working group " + slug));
  }
}
