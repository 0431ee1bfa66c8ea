package org.plenary.agenda.delegations.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.plenary.agenda.delegations.domain.Composition;
import org.plenary.agenda.delegations.domain.Delegation;
import org.plenary.agenda.delegations.domain.DelegationMember;
import org.plenary.agenda.delegations.domain.DelegationRefused;
import org.plenary.agenda.delegations.domain.DelegationRefused.Rule;
import org.plenary.agenda.meetings.application.PublishedMeetings;
import org.plenary.agenda.meetings.domain.Meeting;
import org.plenary.agenda.registrations.domain.Registration;
import org.plenary.core.audit.application.AuditLog;
import org.plenary.core.audit.domain.AuditAction;
import org.plenary.core.audit.domain.AuditObjectType;
import org.plenary.core.people.domain.Country;
import org.plenary.core.people.domain.Organisation;
import org.plenary.core.people.domain.Person;
import org.plenary.core.security.application.Accounts;
import org.plenary.core.security.domain.Roles;
import org.plenary.core.shared.Like;
import org.plenary.core.shared.NotFoundException;
import org.plenary.core.shared.SortColumn;

/**
 * Delegations to published meetings. The secretariat forms and changes any delegation; its head
 * changes its members and alternates and substitutes an alternate for a member. A substitution
 * moves the member's registration to the alternate as it is: no seat is counted again.
 */
@Stateless
@RolesAllowed({Roles.DELEGATE, Roles.MEMBER, Roles.MINISTRY, Roles.SECRETARIAT})
public class Delegations {
  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @Inject Accounts accounts;
  @Inject AuditLog audit;

  /** Who a delegation is to have, by person id. */
  public record PeopleIds(Long head, List<Long> members, List<Long> alternates) {
    public PeopleIds {
      members = members == null ? List.of() : List.copyOf(members);
      alternates = alternates == null ? List.of() : List.copyOf(alternates);
    }
  }

  /** A delegation, for the secretariat and the people in it. */
  public DelegationDetails delegation(@NotBlank String meetingId, @NotBlank String organisation) {
    Delegation delegation = existing(publishedMeeting(meetingId), organisation(organisation));
    if (!isSecretariat() && delegation.getMembers().stream().noneMatch(this::isCaller)) {
      throw notHead(delegation);
    }
    return details(delegation);
  }

  /** The delegation the caller is in for a meeting, if any. */
  public Optional<DelegationDetails> mine(@NotBlank String meetingId) {
    Person me = caller();
    return em.createQuery(
            "select d from Delegation d join d.members m"
                + " where d.meeting.slug = :slug and m.person = :me",
            Delegation.class)
        .setParameter("slug", meetingId)
        .setParameter("me", me)
        .getResultStream()
        .findFirst()
        .map(this::details);
  }

  /**
   * What the secretariat's list of a meeting's delegations is narrowed to: words of the
   * organisation's name or acronym, its country's code, or the name of a person in the delegation.
   * Null for all.
   */
  public record Filter(String text) implements Serializable {
    public static final Filter ALL = new Filter(null);
  }

  /** The columns the list of delegations sorts on. */
  public enum Sort implements SortColumn {
    ORGANISATION("organisation", "lower(o.name)"),
    COUNTRY("country", "coalesce(c.code, '')"); // no country first on both databases

    private final String column;
    private final String expression;

    Sort(String column, String expression) {
      this.column = column;
      this.expression = expression;
    }

    @Override
    public String column() {
      return column;
    }
  }

  /**
   * A page of the delegations to a meeting the filter keeps, sorted in the database (then by
   * organisation), with their people and who of them registered: three queries a page.
   *
   * @throws NotFoundException when the meeting is not published
   */
  @RolesAllowed(Roles.SECRETARIAT)
  public List<DelegationDetails> page(
      @NotBlank String meetingId,
      @NotNull Filter filter,
      @NotNull Sort sort,
      boolean ascending,
      int first,
      int size) {
    Meeting meeting = publishedMeeting(meetingId);
    List<Long> ids =
        bind(
                em.createQuery(
                    "select d.id from Delegation d join d.organisation o left join o.country c"
                        + " where d.meeting = :m"
                        + where(filter)
                        + " order by "
                        + sort.expression
                        + (ascending ? " asc" : " desc")
                        + ", lower(o.name), d.id",
                    Long.class),
                meeting,
                filter)
            .setFirstResult(Math.max(0, first))
            .setMaxResults(Math.max(1, size))
            .getResultList();
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, Delegation> delegations =
        em.createQuery(
                "select distinct d from Delegation d join fetch d.organisation"
                    + " left join fetch d.members m left join fetch m.person"
                    + " where d.id in :ids",
                Delegation.class)
            .setParameter("ids", ids)
            .getResultStream()
            .collect(Collectors.toMap(Delegation::getId, Function.identity()));
    Map<Person, Registration> registrations =
        registrationsOf(
            meeting,
            delegations.values().stream()
                .flatMap(d -> d.getMembers().stream())
                .map(DelegationMember::getPerson)
                .toList());
    return ids.stream().map(id -> details(delegations.get(id), true, registrations)).toList();
  }

  /**
   * The title of the meeting whose delegations the secretariat lists.
   *
   * @throws NotFoundException when the meeting is not published
   */
  @RolesAllowed(Roles.SECRETARIAT)
  public String meetingTitle(@NotBlank String meetingId) {
    return publishedMeeting(meetingId).getTitle();
  }

  /**
   * How many delegations to a meeting the filter keeps.
   *
   * @throws NotFoundException when the meeting is not published
   */
  @RolesAllowed(Roles.SECRETARIAT)
  public long count(@NotBlank String meetingId, @NotNull Filter filter) {
    return bind(
            em.createQuery(
                "select count(d) from Delegation d join d.organisation o left join o.country c"
                    + " where d.meeting = :m"
                    + where(filter),
                Long.class),
            publishedMeeting(meetingId),
            filter)
        .getSingleResult();
  }

  private static String where(Filter filter) {
    return filter.text() == null || filter.text().isBlank()
        ? ""
        : " and (lower(o.name) like :text escape '\\' or lower(o.acronym) like :text escape '\\'"
            + " or lower(c.code) like :text escape '\\' or exists (select dm from"
            + " DelegationMember dm join dm.person dp where dm.delegation = d"
            + " and lower(dp.fullName) like :text escape '\\'))";
  }

  private static <T> TypedQuery<T> bind(TypedQuery<T> query, Meeting meeting, Filter filter) {
    query.setParameter("m", meeting);
    if (filter.text() != null && !filter.text().isBlank()) {
      query.setParameter("text", Like.contains(filter.text()));
    }
    return query;
  }

  /** The people of an organisation, to choose a delegation from. */
  public List<Person> peopleOf(@NotBlank String organisation) {
    return em.createQuery(
            "select p from Person p where p.organisation = :o order by p.fullName, p.id",
            Person.class)
        .setParameter("o", organisation(organisation))
        .getResultList();
  }

  /**
   * Forms or changes a delegation. The secretariat may do anything; the head may change members and
   * alternates but stays head (handing over is for the secretariat).
   */
  public DelegationDetails compose(
      @NotBlank String meetingId, @NotBlank String organisation, @NotNull PeopleIds people) {
    Meeting meeting = publishedMeeting(meetingId);
    Organisation org = organisation(organisation);
    Composition composition =
        new Composition(
            people.head() == null ? null : person(people.head()),
            people.members().stream().map(this::person).toList(),
            people.alternates().stream().map(this::person).toList());
    Optional<Delegation> found = find(meeting, org);
    Delegation delegation;
    if (found.isPresent()) {
      delegation = found.get();
      if (!isSecretariat()) {
        if (!delegation.head().map(this::isCaller).orElse(false)) {
          throw notHead(delegation);
        }
        if (composition.head() == null || !isCaller(composition.head())) {
          throw new DelegationRefused(
              Rule.HEAD_MAY_NOT_HAND_OVER,
              "only the secretariat can give the delegation another head");
        }
      }
      delegation.compose(composition);
    } else {
      if (!isSecretariat()) {
        throw new DelegationRefused(
            Rule.NOT_HEAD_OF_DELEGATION,
            "only the secretariat can form the delegation of " + org.getName());
      }
      delegation = Delegation.form(meeting, org, composition);
      em.persist(delegation);
    }
    em.flush();
    audit.record(
        found.isPresent() ? AuditAction.DELEGATION_CHANGED : AuditAction.DELEGATION_FORMED,
        AuditObjectType.DELEGATION,
        key(delegation),
        delegation.getMembers().stream()
            .map(m -> m.getRole() + " " + m.getPerson().getFullName())
            .collect(Collectors.joining(", ")));
    return details(delegation);
  }

  /**
   * An alternate takes a member's place: the member's registration, with its seat on the social
   * event or its place on the waiting list, becomes the alternate's. Nothing is counted again.
   */
  public DelegationDetails substitute(
      @NotBlank String meetingId,
      @NotBlank String organisation,
      @NotNull Long memberId,
      @NotNull Long alternateId) {
    Meeting meeting = publishedMeeting(meetingId);
    Delegation delegation = existing(meeting, organisation(organisation));
    if (!isSecretariat() && !delegation.head().map(this::isCaller).orElse(false)) {
      throw notHead(delegation);
    }
    Person member = person(memberId);
    Person alternate = person(alternateId);
    if (registration(meeting, alternate).isPresent()) {
      throw new DelegationRefused(
          Rule.ALTERNATE_ALREADY_REGISTERED,
          alternate.getFullName()
              + " has a registration of their own for "
              + meeting.getTitle()
              + "; it would be a second seat");
    }
    Registration seat = registration(meeting, member).orElse(null);
    delegation.substitute(member, alternate, seat);
    em.flush();
    audit.record(
        AuditAction.DELEGATION_SUBSTITUTION,
        AuditObjectType.DELEGATION,
        key(delegation),
        alternate.getFullName()
            + " (person "
            + alternate.getId()
            + ") replaces "
            + member.getFullName()
            + " (person "
            + member.getId()
            + ")"
            + (seat == null ? "; no registration to move" : "; registration and seat moved"));
    return details(delegation);
  }

  private DelegationDetails details(Delegation delegation) {
    return details(
        delegation,
        isSecretariat() || delegation.head().map(this::isCaller).orElse(false),
        registrationsOf(
            delegation.getMeeting(),
            delegation.getMembers().stream().map(DelegationMember::getPerson).toList()));
  }

  private static DelegationDetails details(
      Delegation delegation, boolean manageable, Map<Person, Registration> registrations) {
    Organisation org = delegation.getOrganisation();
    return new DelegationDetails(
        delegation.getMeeting().getSlug(),
        delegation.getMeeting().getTitle(),
        org.getName(),
        org.country().map(Country::getCode).orElse(null),
        delegation.getMembers().stream()
            .map(
                m -> {
                  Registration r = registrations.get(m.getPerson());
                  return new DelegationDetails.Delegate(
                      m.getPerson().getId(),
                      m.getPerson().getFullName(),
                      m.getPerson().getEmail(),
                      m.getRole().name(),
                      r != null,
                      r == null ? null : r.getSocialEvent().name());
                })
            .toList(),
        manageable);
  }

  /** The registrations of these people for the meeting, in one query. */
  private Map<Person, Registration> registrationsOf(Meeting meeting, Collection<Person> people) {
    if (people.isEmpty()) {
      return Map.of();
    }
    List<Long> ids = people.stream().map(Person::getId).distinct().toList();
    return em.createQuery(
            "select r from Registration r join fetch r.person p"
                + " where r.meeting = :m and p.id in :ids",
            Registration.class)
        .setParameter("m", meeting)
        .setParameter("ids", ids)
        .getResultStream()
        .collect(Collectors.toMap(Registration::getPerson, Function.identity(), (a, b) -> a));
  }

  private Optional<Registration> registration(Meeting meeting, Person person) {
    return em.createQuery(
            "select r from Registration r where r.meeting = :m and r.person = :p",
            Registration.class)
        .setParameter("m", meeting)
        .setParameter("p", person)
        .getResultStream()
        .findFirst();
  }

  private Delegation existing(Meeting meeting, Organisation organisation) {
    return find(meeting, organisation)
        .orElseThrow(
            () ->
                new NotFoundException(
                    "delegation of " + organisation.getName() + " to meeting", meeting.getSlug()));
  }

  private Optional<Delegation> find(Meeting meeting, Organisation organisation) {
    return em.createQuery(
            "select d from Delegation d where d.meeting = :m and d.organisation = :o",
            Delegation.class)
        .setParameter("m", meeting)
        .setParameter("o", organisation)
        .getResultStream()
        .findFirst();
  }

  private Organisation organisation(String name) {
    return em.createQuery("select o from Organisation o where o.name = :name", Organisation.class)
        .setParameter("name", name)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("organisation", name));
  }

  private Person person(Long id) {
    return Optional.ofNullable(id == null ? null : em.find(Person.class, id))
        .orElseThrow(() -> new NotFoundException("person", id));
  }

  private Meeting publishedMeeting(String slug) {
    return PublishedMeetings.get(em, slug);
  }

  private boolean isSecretariat() {
    return session.isCallerInRole(Roles.SECRETARIAT);
  }

  private boolean isCaller(DelegationMember member) {
    return isCaller(member.getPerson());
  }

  private boolean isCaller(Person person) {
    return person.equals(caller());
  }

  private Person caller() {
    String username = session.getCallerPrincipal().getName();
    return accounts
        .find(username)
        .orElseThrow(() -> new NotFoundException("account", username))
        .getPerson();
  }

  private static DelegationRefused notHead(Delegation delegation) {
    return new DelegationRefused(
        Rule.NOT_HEAD_OF_DELEGATION,
        "only the head of the delegation of "
            + delegation.getOrganisation().getName()
            + " and the secretariat may see or change it");
  }

  private static String key(Delegation delegation) {
    return delegation.getMeeting().getSlug()
        + "/"
        + delegation.getOrganisation().getName().toLowerCase(Locale.ROOT);
  }
}
