package org.plenary.core.accounts.application;

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
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.plenary.core.accounts.domain.AccountNotice;
import org.plenary.core.accounts.domain.AccountNotice.Kind;
import org.plenary.core.accounts.domain.AccountRequest;
import org.plenary.core.accounts.domain.AccountRequestKind;
import org.plenary.core.accounts.domain.AccountRequestRefused;
import org.plenary.core.accounts.domain.AccountRequestRefused.Reason;
import org.plenary.core.accounts.domain.AccountRequestStatus;
import org.plenary.core.audit.application.AuditLog;
import org.plenary.core.audit.domain.AuditAction;
import org.plenary.core.audit.domain.AuditObjectType;
import org.plenary.core.people.application.People;
import org.plenary.core.people.domain.Organisation;
import org.plenary.core.people.domain.Person;
import org.plenary.core.security.domain.Account;
import org.plenary.core.security.domain.Roles;
import org.plenary.core.shared.Like;
import org.plenary.core.shared.NotFoundException;
import org.plenary.core.shared.SortColumn;

/**
 * How people get accounts. Anyone may ask for one and confirm their address through the mailed
 * link; the secretariat approves or declines confirmed requests, and invites people, who set their
 * password through the mailed link. Asking for an account never tells whether the address has one
 * already: the answer is the same, and only the mailbox's owner learns more, by mail. Every method
 * names its audience: anyone ({@code @PermitAll}) or the secretariat.
 */
@Stateless
public class AccountRequests {
  private static final Set<AccountRequestStatus> OPEN =
      Set.of(
          AccountRequestStatus.UNCONFIRMED,
          AccountRequestStatus.CONFIRMED,
          AccountRequestStatus.AWAITING_PASSWORD);

  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @Inject Pbkdf2PasswordHash hash;
  @Inject Clock clock;
  @Inject AuditLog audit;
  @Inject People people;
  @Inject Event<AccountNotice> notices;

  /** A filter of the secretariat's list: a status (null for all) and a part of name or address. */
  public record Filter(AccountRequestStatus status, String text) {}

  /** The columns the secretariat's list sorts on. */
  public enum Sort implements SortColumn {
    CREATED("createdAt", "r.createdAt"),
    NAME("fullName", "lower(r.fullName)"),
    ORGANISATION("organisation", "coalesce(lower(r.organisationName), '')");

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
   * Someone asks for an account, in the given language. They get a mail: a link to confirm their
   * address, or, if the address has an account or a request under way, a mail that says so.
   */
  @PermitAll
  public void submit(@NotNull @Valid AccountRequestForm form, @NotNull Locale language) {
    Instant now = clock.instant();
    String email = AccountRequest.normalised(form.getEmail());
    if (hasAccount(email)) {
      notices.fire(notice(Kind.ALREADY_HAS_ACCOUNT, email, form.getFullName(), language, null));
      audit.record(
          AuditAction.ACCOUNT_REQUEST_REPEATED,
          AuditObjectType.ACCOUNT_REQUEST,
          email,
          "has an account");
      return;
    }
    for (AccountRequest open : openRequests(email)) {
      if (open.getStatus() != AccountRequestStatus.UNCONFIRMED) {
        notices.fire(notice(Kind.REQUEST_PENDING, email, form.getFullName(), language, null));
        audit.record(
            AuditAction.ACCOUNT_REQUEST_REPEATED,
            AuditObjectType.ACCOUNT_REQUEST,
            open.getId(),
            "under way");
        return;
      }
      em.remove(open); // never confirmed: the new request replaces it, and its link dies
    }
    if (form.getCountry() != null && !countryExists(form.getCountry())) {
      throw new AccountRequestRefused(Reason.COUNTRY_UNKNOWN, "country", "no such country");
    }
    AccountRequest request =
        AccountRequest.request(
            form.getFullName(),
            email,
            form.getOrganisation(),
            form.getCountry(),
            form.getCategory(),
            form.getRole(),
            form.getPassword() == null ? null : hash.generate(form.getPassword().toCharArray()),
            language,
            now);
    String token = LinkTokens.next();
    request.issueToken(LinkTokens.hash(token), now, AccountRequest.CONFIRMATION_VALIDITY);
    em.persist(request);
    em.flush();
    audit.record(
        AuditAction.ACCOUNT_REQUEST_SUBMITTED,
        AuditObjectType.ACCOUNT_REQUEST,
        request.getId(),
        request.getFullName()
            + " <"
            + email
            + ">, "
            + request.getRequestedRole()
            + ", "
            + request.getOrganisationName());
    notices.fire(notice(Kind.CONFIRM_ADDRESS, email, request.getFullName(), language, token));
  }

  /** The link of the confirmation mail was followed; returns the person's name. */
  @PermitAll
  public String confirm(@NotBlank String token) {
    AccountRequest request = byToken(token);
    if (request.getKind() != AccountRequestKind.REQUEST) {
      throw tokenInvalid();
    }
    request.confirmAddress(clock.instant());
    audit.record(
        AuditAction.ACCOUNT_REQUEST_CONFIRMED,
        AuditObjectType.ACCOUNT_REQUEST,
        request.getId(),
        null);
    return request.getFullName();
  }

  /** Who may set a password with this link (an invitation, or an approval): name and address. */
  @PermitAll
  public PasswordLink passwordLink(@NotBlank String token) {
    AccountRequest request = byToken(token);
    if (request.getStatus() != AccountRequestStatus.AWAITING_PASSWORD) {
      throw tokenInvalid();
    }
    request.checkToken(clock.instant());
    return new PasswordLink(request.getFullName(), request.getEmail());
  }

  /** Sets the password through the link and opens the account; returns its user name. */
  @PermitAll
  public String setPassword(@NotBlank String token, @NotNull @Size(min = 8, max = 200) String pw) {
    AccountRequest request = byToken(token);
    request.passwordSet(hash.generate(pw.toCharArray()), clock.instant());
    return open(request);
  }

  /** The secretariat approves a confirmed request: the account opens, or waits for a password. */
  @RolesAllowed(Roles.SECRETARIAT)
  public AccountRequest approve(long id) {
    AccountRequest request = get(id);
    Instant now = clock.instant();
    request.approve(caller(), now); // refuses a request that is not awaiting a decision
    if (hasAccount(request.getEmail())) {
      throw emailTaken(request.getEmail());
    }
    audit.record(
        AuditAction.ACCOUNT_REQUEST_APPROVED,
        AuditObjectType.ACCOUNT_REQUEST,
        id,
        request.getRequestedRole().name());
    if (request.getStatus() == AccountRequestStatus.APPROVED) {
      open(request);
      notices.fire(
          notice(
              Kind.APPROVED, request.getEmail(), request.getFullName(), request.language(), null));
    } else {
      String token = LinkTokens.next();
      request.issueToken(LinkTokens.hash(token), now, AccountRequest.PASSWORD_LINK_VALIDITY);
      notices.fire(
          notice(
              Kind.APPROVED_SET_PASSWORD,
              request.getEmail(),
              request.getFullName(),
              request.language(),
              token));
    }
    return request;
  }

  /** The secretariat declines a confirmed request; the person is told why. */
  @RolesAllowed(Roles.SECRETARIAT)
  public AccountRequest decline(long id, @NotBlank @Size(max = 1000) String reason) {
    AccountRequest request = get(id);
    request.decline(caller(), reason, clock.instant());
    audit.record(
        AuditAction.ACCOUNT_REQUEST_DECLINED, AuditObjectType.ACCOUNT_REQUEST, id, reason.strip());
    notices.fire(
        new AccountNotice(
            Kind.DECLINED,
            request.getEmail(),
            request.getFullName(),
            request.language(),
            null,
            request.getDeclineReason()));
    return request;
  }

  /** The secretariat invites someone; they get a link to set their password. */
  @RolesAllowed(Roles.SECRETARIAT)
  public AccountRequest invite(@NotNull @Valid InvitationForm form) {
    String email = AccountRequest.normalised(form.getEmail());
    if (hasAccount(email) || !openRequests(email).isEmpty()) {
      throw emailTaken(email);
    }
    if (form.getCountry() != null && !countryExists(form.getCountry())) {
      throw new AccountRequestRefused(Reason.COUNTRY_UNKNOWN, "country", "no such country");
    }
    if (form.getOrganisation() != null && form.getCategory() == null) {
      throw new AccountRequestRefused(
          Reason.CATEGORY_MISSING, "category", "an organisation needs its category");
    }
    Instant now = clock.instant();
    Locale language = Locale.forLanguageTag(form.getLanguage());
    AccountRequest invitation =
        AccountRequest.invitation(
            form.getFullName(), email, form.getRole(), language, caller(), now);
    if (form.getOrganisation() != null) {
      invitation.belongTo(form.getOrganisation(), form.getCountry(), form.getCategory());
    }
    String token = LinkTokens.next();
    invitation.issueToken(LinkTokens.hash(token), now, AccountRequest.PASSWORD_LINK_VALIDITY);
    em.persist(invitation);
    em.flush();
    audit.record(
        AuditAction.INVITATION_SENT,
        AuditObjectType.ACCOUNT_REQUEST,
        invitation.getId(),
        invitation.getFullName()
            + " <"
            + email
            + ">, "
            + invitation.getRequestedRole()
            + (invitation.getOrganisationName() == null
                ? ""
                : ", " + invitation.getOrganisationName()));
    notices.fire(notice(Kind.INVITED, email, invitation.getFullName(), language, token));
    return invitation;
  }

  @RolesAllowed(Roles.SECRETARIAT)
  public AccountRequest get(long id) {
    return Optional.ofNullable(em.find(AccountRequest.class, id))
        .orElseThrow(() -> new NotFoundException("account request", id));
  }

  /** A page of requests and invitations, oldest first, filtered in the database. */
  @RolesAllowed(Roles.SECRETARIAT)
  public List<AccountRequest> page(Filter filter, int first, int size) {
    return page(filter, Sort.CREATED, true, first, size);
  }

  /** A page of requests and invitations, filtered and sorted in the database, then oldest first. */
  @RolesAllowed(Roles.SECRETARIAT)
  public List<AccountRequest> page(
      Filter filter, Sort sort, boolean ascending, int first, int size) {
    return where(
            filter,
            "select r from AccountRequest r",
            AccountRequest.class,
            " order by " + sort.expression + (ascending ? " asc" : " desc") + ", r.id")
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  @RolesAllowed(Roles.SECRETARIAT)
  public long count(Filter filter) {
    return where(filter, "select count(r) from AccountRequest r", Long.class, "").getSingleResult();
  }

  private <T> TypedQuery<T> where(Filter filter, String select, Class<T> type, String orderBy) {
    StringBuilder jpql = new StringBuilder(select).append(" where 1 = 1");
    if (filter.status() != null) {
      jpql.append(" and r.status = :status");
    }
    boolean text = filter.text() != null && !filter.text().isBlank();
    if (text) {
      jpql.append(
          " and (lower(r.fullName) like :text escape '\\' or lower(r.email) like :text escape"
              + " '\\')");
    }
    TypedQuery<T> query = em.createQuery(jpql.append(orderBy).toString(), type);
    if (filter.status() != null) {
      query.setParameter("status", filter.status());
    }
    if (text) {
      query.setParameter("text", Like.contains(filter.text()));
    }
    return query;
  }

  /** Opens the account of an approved request with the password it holds; returns the user name. */
  private String open(AccountRequest request) {
    String username = request.getEmail();
    if (hasAccount(username)) {
      throw emailTaken(username);
    }
    Person person = people.findByEmail(username).orElseGet(() -> newPerson(request));
    Account account =
        Account.open(
            username,
            request.passwordHash(),
            person,
            Set.of(request.getRequestedRole()),
            clock.instant());
    em.persist(account);
    request.opened(username);
    audit.record(
        AuditAction.ACCOUNT_OPENED,
        AuditObjectType.ACCOUNT,
        username,
        "roles [" + request.getRequestedRole() + "]");
    return username;
  }

  private Person newPerson(AccountRequest request) {
    Organisation organisation =
        request.getOrganisationName() == null
            ? null
            : people.organisation(
                request.getOrganisationName(),
                null,
                request.getCategory(),
                request.getCountryCode());
    return people.register(
        new Person(request.getFullName(), null, request.getEmail(), organisation));
  }

  private boolean hasAccount(String email) {
    return em.createQuery(
                "select count(a) from Account a where lower(a.username) = :email"
                    + " or lower(a.person.email) = :email",
                Long.class)
            .setParameter("email", email)
            .getSingleResult()
        > 0;
  }

  private List<AccountRequest> openRequests(String email) {
    return em.createQuery(
            "select r from AccountRequest r where r.email = :email and r.status in :open",
            AccountRequest.class)
        .setParameter("email", email)
        .setParameter("open", OPEN)
        .getResultList();
  }

  private boolean countryExists(String code) {
    return em.createQuery("select count(c) from Country c where c.code = :code", Long.class)
            .setParameter("code", code.strip().toUpperCase(Locale.ROOT))
            .getSingleResult()
        > 0;
  }

  private AccountRequest byToken(String token) {
    return em.createQuery(
            "select r from AccountRequest r where r.tokenHash = :hash", AccountRequest.class)
        .setParameter("hash", LinkTokens.hash(token))
        .getResultStream()
        .findFirst()
        .orElseThrow(AccountRequests::tokenInvalid);
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }

  private static AccountNotice notice(
      Kind kind, String to, String name, Locale language, String token) {
    return new AccountNotice(kind, to, name.strip(), language, token, null);
  }

  private static AccountRequestRefused tokenInvalid() {
    return new AccountRequestRefused(
        Reason.TOKEN_INVALID, "token", "this link is not valid, or has been used already");
  }

  private static AccountRequestRefused emailTaken(String email) {
    return new AccountRequestRefused(
        Reason.EMAIL_TAKEN, "email", email + " has an account, or a request under way, already");
  }
}
