package org.plenary.agenda.outcomes.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.plenary.agenda.meetings.application.MeetingCatalog;
import org.plenary.agenda.meetings.domain.Meeting;
import org.plenary.agenda.outcomes.domain.ActionItem;
import org.plenary.agenda.outcomes.domain.ActionNote;
import org.plenary.agenda.outcomes.domain.ActionRefused;
import org.plenary.agenda.outcomes.domain.ActionRefused.Rule;
import org.plenary.agenda.outcomes.domain.ActionStatus;
import org.plenary.core.audit.application.AuditLog;
import org.plenary.core.audit.domain.AuditAction;
import org.plenary.core.audit.domain.AuditObjectType;
import org.plenary.core.drafts.domain.Draft;
import org.plenary.core.groups.domain.WorkingGroup;
import org.plenary.core.people.domain.Organisation;
import org.plenary.core.people.domain.Person;
import org.plenary.core.security.application.Accounts;
import org.plenary.core.security.domain.Roles;
import org.plenary.core.shared.Like;
import org.plenary.core.shared.NotFoundException;

/**
 * The decisions and action items of meetings: the secretariat records them, their owners (the
 * person, members of the owning group, people of the owning organisation) move their status with
 * dated notes, anyone follows them on the public monitor, and overdue ones are reminded once.
 */
@Stateless
@RolesAllowed({Roles.DELEGATE, Roles.MEMBER, Roles.MINISTRY, Roles.SECRETARIAT})
public class ActionItems {
  /** Who wrote a note without an account of their own: start-up work (the demo data). */
  static final String SYSTEM_AUTHOR = "Plenary";

  private static final List<ActionStatus> OPEN =
      List.of(ActionStatus.PLANNED, ActionStatus.IN_PROGRESS);

  @PersistenceContext EntityManager em;
  @Resource SessionContext context;
  @Inject MeetingCatalog catalog;
  @Inject OutcomeMeetings meetings;
  @Inject AuditLog audit;
  @Inject Event<ActionOverdue> overdue;
  @Inject java.time.Clock clock;
  @Inject Accounts accounts;

  /** Records a decision or action of a published meeting; answers it with its key. */
  @RolesAllowed(Roles.SECRETARIAT)
  public ActionView record(@NotBlank String meetingId, @NotNull ActionSpec spec) {
    Meeting meeting = meetings.published(meetingId);
    String itemKey = spec.itemKey() == null || spec.itemKey().isBlank() ? null : spec.itemKey();
    if (itemKey != null) {
      catalog
          .getPublished(meetingId)
          .findItem(itemKey)
          .orElseThrow(() -> new NotFoundException("agenda item", itemKey));
    }
    Draft draft =
        spec.draftId() == null
            ? null
            : Optional.ofNullable(em.find(Draft.class, spec.draftId()))
                .orElseThrow(() -> new NotFoundException("draft", spec.draftId()));
    if (spec.ownerKind() == null || spec.owner() == null || spec.owner().isBlank()) {
      throw new ActionRefused(Rule.OWNER_MISSING, "owner", "an action needs an owner");
    }
    String key = "A" + UUID.randomUUID().toString().replace("-", "").substring(0, 11);
    Instant now = clock.instant();
    String owner = spec.owner().strip();
    ActionItem action =
        new ActionItem(
            key, meeting, itemKey, spec.kind(), spec.title(), spec.dueDate(), draft, now);
    switch (spec.ownerKind()) {
      case PERSON -> action.ownedBy(person(owner));
      case ORGANISATION -> action.ownedBy(organisation(owner));
      case GROUP -> action.ownedBy(group(owner));
    }
    em.persist(action);
    audit.record(AuditAction.ACTION_RECORDED, AuditObjectType.ACTION, key, action.getTitle());
    return view(action, today(), List.of());
  }

  /**
   * Moves an action's status (or keeps it) with a dated note, as its owner or the secretariat.
   *
   * @throws ActionRefused when the caller does not answer for it, or the note is too long
   */
  public ActionView progress(@NotBlank String key, ActionStatus status, String note) {
    ActionItem action = find(key);
    if (!context.isCallerInRole(Roles.SECRETARIAT) && !ownedByCaller(action)) {
      throw new ActionRefused(
          Rule.NOT_THE_OWNER,
          null,
          "only "
              + action.getOwnerName()
              + " and the secretariat update \""
              + action.getTitle()
              + "\"");
    }
    String caller = context.getCallerPrincipal().getName();
    ActionNote entry =
        action.progress(
            status,
            note,
            caller,
            accounts
                .find(caller)
                .map(a -> a.getPerson().getFullName())
                // the run-as identity of start-up work (the demo data) has no account
                .orElse(SYSTEM_AUTHOR),
            clock.instant());
    em.persist(entry);
    audit.record(AuditAction.ACTION_PROGRESSED, AuditObjectType.ACTION, key, status.name());
    return get(key);
  }

  /** Whether the caller answers for the action (for pages that offer the update form). */
  public boolean mayUpdate(@NotBlank String key) {
    return context.isCallerInRole(Roles.SECRETARIAT) || ownedByCaller(find(key));
  }

  /** One decision or action with its progress notes. */
  @PermitAll
  public ActionView get(@NotBlank String key) {
    ActionItem action = find(key);
    return view(
        action,
        today(),
        action.getNotes().stream()
            .map(
                n ->
                    new ActionView.NoteView(
                        n.getWrittenAt(), n.getAuthorName(), n.getStatus(), n.getText()))
            .toList());
  }

  /** A page of decisions and actions, soonest due first, filtered on the database. */
  @PermitAll
  public List<ActionView> page(@NotNull ActionFilter filter, int first, int size) {
    LocalDate today = today();
    return query(
            "select a from ActionItem a join fetch a.meeting m", filter, today, ActionItem.class)
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.max(1, size))
        .getResultList()
        .stream()
        .map(a -> view(a, today, List.of()))
        .toList();
  }

  /** How many decisions and actions {@link #page} pages through. */
  @PermitAll
  public long count(@NotNull ActionFilter filter) {
    return query(
            "select count(a) from ActionItem a join a.meeting m", filter, today(), Long.class, "")
        .getSingleResult();
  }

  /** Per meeting (slug) of the filter's results, how many are in each status (one query). */
  @PermitAll
  public Map<String, Map<ActionStatus, Long>> statusCounts(@NotNull ActionFilter filter) {
    Map<String, Map<ActionStatus, Long>> counts = new HashMap<>();
    query(
            "select m.slug, a.status, count(a) from ActionItem a join a.meeting m",
            filter,
            today(),
            Object[].class,
            " group by m.slug, a.status")
        .getResultList()
        .forEach(
            row ->
                counts
                    .computeIfAbsent((String) row[0], s -> new EnumMap<>(ActionStatus.class))
                    .put((ActionStatus) row[1], ((Number) row[2]).longValue()));
    return counts;
  }

  /**
   * Reminds the owners of every overdue decision or action, at most once a day (UTC): a conditional
   * UPDATE marks it reminded today, so a second run that day, a restart or another node sends
   * nothing more; the next day it is reminded again while still overdue. Returns how many.
   */
  @RolesAllowed(Roles.SECRETARIAT)
  public int remindOverdue() {
    LocalDate today = today();
    Instant now = clock.instant();
    OffsetDateTime startOfToday = today.atStartOfDay().atOffset(ZoneOffset.UTC);
    List<ActionItem> candidates =
        em.createQuery(
                "select a from ActionItem a join fetch a.meeting where a.dueDate < :today"
                    + " and a.status in :open"
                    + " and (a.remindedAt is null or a.remindedAt < :startOfToday)",
                ActionItem.class)
            .setParameter("today", today)
            .setParameter("open", OPEN)
            .setParameter("startOfToday", startOfToday)
            .getResultList();
    int reminded = 0;
    for (ActionItem action : candidates) {
      List<Person> people = owners(action);
      if (people.isEmpty()) {
        continue;
      }
      int marked =
          em.createNativeQuery(
                  "update action_item set reminded_at = ?1 where id = ?2"
                      + " and (reminded_at is null or reminded_at < ?3)")
              .setParameter(1, now.atOffset(ZoneOffset.UTC))
              .setParameter(2, action.getId())
              .setParameter(3, startOfToday)
              .executeUpdate();
      if (marked != 1) {
        continue;
      }
      for (Person person : people) {
        overdue.fire(
            new ActionOverdue(
                person.getEmail(),
                person.getFullName(),
                action.getOwnerName(),
                action.getTitle(),
                action.getMeeting().getTitle(),
                action.getDueDate(),
                action.getKey()));
      }
      audit.record(
          AuditAction.ACTION_REMINDER_SENT,
          AuditObjectType.ACTION,
          action.getKey(),
          action.getOwnerName());
      reminded++;
    }
    return reminded;
  }

  private List<Person> owners(ActionItem action) {
    return switch (action.getOwnerKind()) {
      case PERSON ->
          action.getOwnerPerson().getEmail() == null ? List.of() : List.of(action.getOwnerPerson());
      case ORGANISATION ->
          em.createQuery(
                  "select p from Person p where p.organisation = :o and p.email is not null"
                      + " order by p.fullName",
                  Person.class)
              .setParameter("o", action.getOwnerOrganisation())
              .getResultList();
      case GROUP ->
          em.createQuery(
                  "select m.person from Membership m where m.group = :g"
                      + " and m.person.email is not null order by m.person.fullName",
                  Person.class)
              .setParameter("g", action.getOwnerGroup())
              .getResultList();
    };
  }

  private boolean ownedByCaller(ActionItem action) {
    Optional<Person> caller =
        em.createQuery("select a.person from Account a where a.username = :u", Person.class)
            .setParameter("u", context.getCallerPrincipal().getName())
            .getResultStream()
            .findFirst();
    if (caller.isEmpty()) {
      return false;
    }
    Person person = caller.get();
    return switch (action.getOwnerKind()) {
      case PERSON -> action.getOwnerPerson().getId().equals(person.getId());
      case ORGANISATION ->
          person.organisation().map(o -> o.equals(action.getOwnerOrganisation())).orElse(false);
      case GROUP ->
          em.createQuery(
                      "select count(m) from Membership m where m.group = :g and m.person = :p",
                      Long.class)
                  .setParameter("g", action.getOwnerGroup())
                  .setParameter("p", person)
                  .getSingleResult()
              > 0;
    };
  }

  private <T> TypedQuery<T> query(
      String select, ActionFilter filter, LocalDate today, Class<T> type) {
    return query(select, filter, today, type, " order by a.dueDate, a.id");
  }

  private <T> TypedQuery<T> query(
      String select, ActionFilter filter, LocalDate today, Class<T> type, String tail) {
    StringBuilder jpql = new StringBuilder(select).append(" where 1 = 1");
    Map<String, Object> parameters = new HashMap<>();
    if (filter.meeting() != null && !filter.meeting().isBlank()) {
      jpql.append(" and m.slug = :meeting");
      parameters.put("meeting", filter.meeting().strip());
    }
    if (filter.owner() != null && !filter.owner().isBlank()) {
      jpql.append(" and lower(a.ownerName) like :owner escape '\\'");
      parameters.put("owner", Like.contains(filter.owner()));
    }
    if (filter.status() != null) {
      jpql.append(" and a.status = :status");
      parameters.put("status", filter.status());
    }
    if (filter.overdue() != null) {
      jpql.append(
          filter.overdue()
              ? " and a.dueDate < :today and a.status in :open"
              : " and (a.dueDate >= :today or a.status not in :open)");
      parameters.put("today", today);
      parameters.put("open", OPEN);
    }
    jpql.append(tail);
    TypedQuery<T> query = em.createQuery(jpql.toString(), type);
    parameters.forEach(query::setParameter);
    return query;
  }

  private static ActionView view(ActionItem a, LocalDate today, List<ActionView.NoteView> notes) {
    return new ActionView(
        a.getKey(),
        a.getMeeting().getSlug(),
        a.getMeeting().getTitle(),
        a.getItemKey(),
        a.getKind(),
        a.getTitle(),
        a.getOwnerKind(),
        a.getOwnerName(),
        a.getDueDate(),
        a.getStatus(),
        a.isOverdue(today),
        a.getUpdatedAt(),
        a.getDraft() == null ? null : a.getDraft().getId(),
        notes);
  }

  private LocalDate today() {
    return clock.instant().atOffset(ZoneOffset.UTC).toLocalDate();
  }

  private ActionItem find(String key) {
    return em.createQuery("select a from ActionItem a where a.key = :key", ActionItem.class)
        .setParameter("key", key)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("action", key));
  }

  private Person person(String username) {
    return em.createQuery("select a.person from Account a where a.username = :u", Person.class)
        .setParameter("u", username)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> unknownOwner(username));
  }

  private Organisation organisation(String nameOrAcronym) {
    return em.createQuery(
            "select o from Organisation o where o.name = :n or o.acronym = :n order by o.id",
            Organisation.class)
        .setParameter("n", nameOrAcronym)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> unknownOwner(nameOrAcronym));
  }

  private WorkingGroup group(String slug) {
    return em.createQuery("select g from WorkingGroup g where g.slug = :s", WorkingGroup.class)
        .setParameter("s", slug)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> unknownOwner(slug));
  }

  private static ActionRefused unknownOwner(String owner) {
    return new ActionRefused(Rule.UNKNOWN_OWNER, "owner", "nobody is known as \"" + owner + "\"");
  }
}
