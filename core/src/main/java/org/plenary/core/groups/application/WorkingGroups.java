package org.plenary.core.groups.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import org.plenary.core.shared.NotFoundException;

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

  /** Every group, by name, a page at a time: the secretariat's list. */
  @RolesAllowed(Roles.SECRETARIAT)
  public List<WorkingGroup> page(int first, int size) {
    return em.createQuery("select g from WorkingGroup g order by g.name, g.id", WorkingGroup.class)
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.max(1, size))
        .getResultList();
  }

  @RolesAllowed(Roles.SECRETARIAT)
  public long count() {
    return em.createQuery("select count(g) from WorkingGroup g", Long.class).getSingleResult();
  }

  /** The caller's memberships with their groups, by group name, a page at a time. */
  public List<Membership> myGroups(int first, int size) {
    return em.createQuery(
            "select m from Membership m join fetch m.group g, Account a"
                + " where a.person = m.person and a.username = :username order by g.name, g.id",
            Membership.class)
        .setParameter("username", caller())
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.max(1, size))
        .getResultList();
  }

  public long countMyGroups() {
    return em.createQuery(
            "select count(m) from Membership m, Account a"
                + " where a.person = m.person and a.username = :username",
            Long.class)
        .setParameter("username", caller())
        .getSingleResult();
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
