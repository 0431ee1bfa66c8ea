package org.plenary.core.groups.application;

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
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.plenary.core.audit.application.AuditLog;
import org.plenary.core.audit.domain.AuditAction;
import org.plenary.core.audit.domain.AuditObjectType;
import org.plenary.core.groups.domain.GroupKind;
import org.plenary.core.groups.domain.GroupRefused;
import org.plenary.core.groups.domain.GroupRole;
import org.plenary.core.groups.domain.Membership;
import org.plenary.core.groups.domain.NotAGroupMember;
import org.plenary.core.groups.domain.WorkingGroup;
import org.plenary.core.people.domain.Person;
import org.plenary.core.security.application.Accounts;
import org.plenary.core.security.domain.Account;
import org.plenary.core.security.domain.Roles;
import org.plenary.core.shared.Like;
import org.plenary.core.shared.NotFoundException;
import org.plenary.core.shared.SortColumn;

/**
 * Working groups and their members. The secretariat creates groups and changes who is in them (each
 * change goes to the audit log); a member reads their own groups.
 */
@Stateless
@RolesAllowed({Roles.SECRETARIAT, Roles.DELEGATE, Roles.MEMBER, Roles.MINISTRY})
public class WorkingGroups {
  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @Inject Accounts accounts;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @RolesAllowed(Roles.SECRETARIAT)
  public WorkingGroup create(
      @NotBlank @Size(max = 80) @Pattern(regexp = WorkingGroup.SLUG_PATTERN) String slug,
      @NotBlank @Size(max = 200) String name,
      @NotNull GroupKind kind,
      @Size(max = 2000) String description) {
    if (find(slug).isPresent()) {
      throw new GroupRefused(GroupRefused.Rule.SLUG_TAKEN, "a group is called " + slug);
    }
    WorkingGroup group =
        new WorkingGroup(slug, name.strip(), kind, blankToNull(description), clock.instant());
    em.persist(group);
    audit.record(
        AuditAction.GROUP_CREATED, AuditObjectType.GROUP, slug, name.strip() + " (" + kind + ")");
    return group;
  }

  /** Adds the account's person to the group in a role. */
  @RolesAllowed(Roles.SECRETARIAT)
  public Membership admit(
      @NotBlank String slug, @NotBlank String username, @NotNull GroupRole role) {
    WorkingGroup group = get(slug);
    Person person = person(username);
    if (membership(group, person).isPresent()) {
      throw new GroupRefused(
          GroupRefused.Rule.ALREADY_MEMBER, username + " is in " + slug + " already");
    }
    Membership membership = new Membership(group, person, role, clock.instant());
    em.persist(membership);
    audit.record(
        AuditAction.GROUP_MEMBER_ADDED, AuditObjectType.GROUP, slug, username + " as " + role);
    return membership;
  }

  /** Puts the account's person in the group in that role, or gives them that role. */
  @RolesAllowed(Roles.SECRETARIAT)
  public void assign(@NotBlank String slug, @NotBlank String username, @NotNull GroupRole role) {
    WorkingGroup group = get(slug);
    Optional<Membership> membership = membership(group, person(username));
    if (membership.isEmpty()) {
      admit(slug, username, role);
    } else if (membership.get().getRole() != role) {
      changeRole(slug, username, role);
    }
  }

  @RolesAllowed(Roles.SECRETARIAT)
  public void changeRole(
      @NotBlank String slug, @NotBlank String username, @NotNull GroupRole role) {
    Membership membership = existing(slug, username);
    GroupRole was = membership.getRole();
    membership.changeRole(role);
    audit.record(
        AuditAction.GROUP_MEMBER_ROLE_CHANGED,
        AuditObjectType.GROUP,
        slug,
        username + " " + was + " → " + role);
  }

  @RolesAllowed(Roles.SECRETARIAT)
  public void remove(@NotBlank String slug, @NotBlank String username) {
    Membership membership = existing(slug, username);
    em.remove(membership);
    audit.record(
        AuditAction.GROUP_MEMBER_REMOVED,
        AuditObjectType.GROUP,
        slug,
        username + " was " + membership.getRole());
  }

  public Optional<WorkingGroup> find(@NotBlank String slug) {
    return em.createQuery("select g from WorkingGroup g where g.slug = :slug", WorkingGroup.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  public WorkingGroup get(@NotBlank String slug) {
    return find(slug).orElseThrow(() -> new NotFoundException("group", slug));
  }

  /**
   * What a list of groups is narrowed to: words of the group's name or short name (slug), and a
   * kind. Null for any.
   */
  public record GroupFilter(String text, GroupKind kind) implements Serializable {
    public static final GroupFilter ALL = new GroupFilter(null, null);
  }

  /** The columns the lists of groups sort on. */
  public enum GroupSort implements SortColumn {
    NAME("name", "lower(g.name)"),
    SLUG("slug", "g.slug");

    private final String column;
    private final String expression;

    GroupSort(String column, String expression) {
      this.column = column;
      this.expression = expression;
    }

    @Override
    public String column() {
      return column;
    }
  }

  /** Every group, by name, a page at a time: the secretariat's list. */
  @RolesAllowed(Roles.SECRETARIAT)
  public List<WorkingGroup> page(int first, int size) {
    return page(GroupFilter.ALL, GroupSort.NAME, true, first, size);
  }

  /** The groups the filter keeps, sorted in the database (then by id), a page at a time. */
  @RolesAllowed(Roles.SECRETARIAT)
  public List<WorkingGroup> page(
      GroupFilter filter, GroupSort sort, boolean ascending, int first, int size) {
    return bind(
            em.createQuery(
                "select g from WorkingGroup g" + where(filter) + order(sort, ascending),
                WorkingGroup.class),
            filter)
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.max(1, size))
        .getResultList();
  }

  @RolesAllowed(Roles.SECRETARIAT)
  public long count() {
    return count(GroupFilter.ALL);
  }

  @RolesAllowed(Roles.SECRETARIAT)
  public long count(GroupFilter filter) {
    return bind(
            em.createQuery("select count(g) from WorkingGroup g" + where(filter), Long.class),
            filter)
        .getSingleResult();
  }

  /** The caller's memberships with their groups, by group name, a page at a time. */
  public List<Membership> myGroups(int first, int size) {
    return myGroups(GroupFilter.ALL, GroupSort.NAME, true, first, size);
  }

  /**
   * The caller's memberships with their groups that the filter keeps, sorted in the database (then
   * by the group's id), a page at a time.
   */
  public List<Membership> myGroups(
      GroupFilter filter, GroupSort sort, boolean ascending, int first, int size) {
    return bind(
            em.createQuery(
                "select m from Membership m join fetch m.group g, Account a"
                    + where(filter)
                    + " and a.person = m.person and a.username = :username"
                    + order(sort, ascending),
                Membership.class),
            filter)
        .setParameter("username", caller())
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.max(1, size))
        .getResultList();
  }

  public long countMyGroups() {
    return countMyGroups(GroupFilter.ALL);
  }

  public long countMyGroups(GroupFilter filter) {
    return bind(
            em.createQuery(
                "select count(m) from Membership m join m.group g, Account a"
                    + where(filter)
                    + " and a.person = m.person and a.username = :username",
                Long.class),
            filter)
        .setParameter("username", caller())
        .getSingleResult();
  }

  private static String where(GroupFilter filter) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    if (hasText(filter)) {
      where.append(" and (lower(g.name) like :text escape '\\' or g.slug like :text escape '\\')");
    }
    if (filter.kind() != null) {
      where.append(" and g.kind = :kind");
    }
    return where.toString();
  }

  private static String order(GroupSort sort, boolean ascending) {
    String direction = ascending ? " asc" : " desc";
    return " order by " + sort.expression + direction + ", g.id" + direction;
  }

  private static <T> TypedQuery<T> bind(TypedQuery<T> query, GroupFilter filter) {
    if (hasText(filter)) {
      query.setParameter("text", Like.contains(filter.text()));
    }
    if (filter.kind() != null) {
      query.setParameter("kind", filter.kind());
    }
    return query;
  }

  private static boolean hasText(GroupFilter filter) {
    return filter.text() != null && !filter.text().isBlank();
  }

  /**
   * The group's members, coordinators first, then by name. Only its members and the secretariat see
   * who is in a group.
   */
  public List<GroupMember> members(@NotBlank String slug) {
    WorkingGroup group = get(slug);
    if (!session.isCallerInRole(Roles.SECRETARIAT) && roleOfCaller(group).isEmpty()) {
      throw new NotAGroupMember("only members see who is in " + slug);
    }
    return em.createQuery(
            "select new org.plenary.core.groups.application.GroupMember(a.username, p.fullName,"
                + " o.name, m.role) from Membership m join m.person p left join p.organisation o,"
                + " Account a where a.person = p and m.group = :group"
                + " order by m.role, p.fullName, a.username",
            GroupMember.class)
        .setParameter("group", group)
        .getResultList();
  }

  /** The caller's role in the group, if they are in it. */
  public Optional<GroupRole> roleOfCaller(@NotNull WorkingGroup group) {
    return em.createQuery(
            "select m.role from Membership m, Account a"
                + " where a.person = m.person and a.username = :username and m.group = :group",
            GroupRole.class)
        .setParameter("username", caller())
        .setParameter("group", group)
        .getResultStream()
        .findFirst();
  }

  /** The caller's person's full name, or their principal's name when they have no account. */
  public String callerName() {
    return accounts.find(caller()).map(a -> a.getPerson().getFullName()).orElse(caller());
  }

  public String caller() {
    return session.getCallerPrincipal().getName();
  }

  private Membership existing(String slug, String username) {
    return membership(get(slug), person(username))
        .orElseThrow(
            () ->
                new GroupRefused(GroupRefused.Rule.NOT_A_MEMBER, username + " is not in " + slug));
  }

  private Optional<Membership> membership(WorkingGroup group, Person person) {
    return em.createQuery(
            "select m from Membership m where m.group = :group and m.person = :person",
            Membership.class)
        .setParameter("group", group)
        .setParameter("person", person)
        .getResultStream()
        .findFirst();
  }

  private Person person(String username) {
    return accounts
        .find(username.strip())
        .map(Account::getPerson)
        .orElseThrow(
            () ->
                new GroupRefused(
                    GroupRefused.Rule.NO_SUCH_ACCOUNT, "there is no account " + username));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
