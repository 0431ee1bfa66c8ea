package org.plenary.core.accounts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;
import org.plenary.core.accounts.domain.AccountRequestRefused.Reason;
import org.plenary.core.people.domain.OrganisationCategory;
import org.plenary.core.security.domain.Role;

/**
 * Someone's request for an account, or the secretariat's invitation to open one. It carries one
 * single-use link token at a time, stored only as its hash, with the moment it expires.
 */
@Entity
@Table(name = "account_request")
public class AccountRequest {
  /** How long the link of a confirmation mail works. */
  public static final Duration CONFIRMATION_VALIDITY = Duration.ofHours(48);

  /** How long the link to set a password (invitation, approval) works. */
  public static final Duration PASSWORD_LINK_VALIDITY = Duration.ofDays(7);

  @Id
  @SequenceGenerator(
      name = "account_request_seq",
      sequenceName = "account_request_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_request_seq")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false)
  private AccountRequestKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private AccountRequestStatus status;

  @Column(name = "full_name", nullable = false)
  private String fullName;

  @Column(name = "email", nullable = false)
  private String email;

  @Column(name = "organisation_name")
  private String organisationName;

  @Column(name = "country_code")
  private String countryCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "category")
  private OrganisationCategory category;

  @Enumerated(EnumType.STRING)
  @Column(name = "requested_role", nullable = false)
  private Role requestedRole;

  @Column(name = "password_hash")
  private String passwordHash;

  @Column(name = "language", nullable = false)
  private String language;

  @Column(name = "token_hash")
  private String tokenHash;

  @Column(name = "token_expires_at")
  private OffsetDateTime tokenExpiresAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "confirmed_at")
  private OffsetDateTime confirmedAt;

  @Column(name = "decided_at")
  private OffsetDateTime decidedAt;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decline_reason")
  private String declineReason;

  @Column(name = "username")
  private String username;

  @Version private long version;

  protected AccountRequest() {}

  private AccountRequest(
      AccountRequestKind kind,
      AccountRequestStatus status,
      String fullName,
      String email,
      Role role,
      Locale language,
      Instant now) {
    if (role != Role.DELEGATE && role != Role.MEMBER) {
      throw new AccountRequestRefused(
          Reason.ROLE_NOT_ALLOWED, "role", "only delegate and member accounts can be requested");
    }
    this.kind = kind;
    this.status = status;
    this.fullName = Objects.requireNonNull(fullName, "fullName").strip();
    this.email = normalised(email);
    this.requestedRole = role;
    this.language = Objects.requireNonNull(language, "language").getLanguage();
    this.createdAt = utc(now);
  }

  /**
   * A person's request; {@code passwordHash} is null when they set their password after approval.
   */
  public static AccountRequest request(
      String fullName,
      String email,
      String organisationName,
      String countryCode,
      OrganisationCategory category,
      Role role,
      String passwordHash,
      Locale language,
      Instant now) {
    AccountRequest request =
        new AccountRequest(
            AccountRequestKind.REQUEST,
            AccountRequestStatus.UNCONFIRMED,
            fullName,
            email,
            role,
            language,
            now);
    request.organisationName = Objects.requireNonNull(organisationName, "organisation").strip();
    request.countryCode = countryCode == null ? null : countryCode.toUpperCase(Locale.ROOT);
    request.category = Objects.requireNonNull(category, "category");
    request.passwordHash = passwordHash;
    return request;
  }

  /** The secretariat's invitation; the person sets a password through the mailed link. */
  public static AccountRequest invitation(
      String fullName, String email, Role role, Locale language, String invitedBy, Instant now) {
    AccountRequest invitation =
        new AccountRequest(
            AccountRequestKind.INVITATION,
            AccountRequestStatus.AWAITING_PASSWORD,
            fullName,
            email,
            role,
            language,
            now);
    invitation.decidedBy = invitedBy;
    invitation.decidedAt = utc(now);
    return invitation;
  }

  /**
   * Names the organisation an invitee belongs to, with its country and category; the person the
   * invitation opens belongs to it.
   */
  public void belongTo(String organisationName, String countryCode, OrganisationCategory category) {
    this.organisationName = Objects.requireNonNull(organisationName, "organisation").strip();
    this.countryCode = countryCode == null ? null : countryCode.toUpperCase(Locale.ROOT);
    this.category = Objects.requireNonNull(category, "category");
  }

  /** The canonical form of an address: trimmed, lower case. */
  public static String normalised(String email) {
    return Objects.requireNonNull(email, "email").strip().toLowerCase(Locale.ROOT);
  }

  /** Gives the request a new link token (by its hash), valid for the given time. */
  public void issueToken(String hash, Instant now, Duration validity) {
    this.tokenHash = Objects.requireNonNull(hash, "hash");
    this.tokenExpiresAt = utc(now.plus(validity));
  }

  /** Fails unless the link token can still be used. */
  public void checkToken(Instant now) {
    if (tokenHash == null) {
      throw tokenInvalid();
    }
    if (!now.isBefore(tokenExpiresAt.toInstant())) {
      throw new AccountRequestRefused(Reason.TOKEN_EXPIRED, "token", "this link has expired");
    }
  }

  /** Uses the link token once; fails if it has expired. */
  public void useToken(Instant now) {
    checkToken(now);
    tokenHash = null;
    tokenExpiresAt = null;
  }

  /** The mailed link was followed: the address is the person's. */
  public void confirmAddress(Instant now) {
    if (status != AccountRequestStatus.UNCONFIRMED) {
      throw tokenInvalid();
    }
    useToken(now);
    status = AccountRequestStatus.CONFIRMED;
    confirmedAt = utc(now);
  }

  /**
   * The secretariat approves. With a password chosen at request time, the account opens now (status
   * APPROVED); without, it waits for the person to set one.
   */
  public void approve(String by, Instant now) {
    awaitingDecision();
    decidedBy = by;
    decidedAt = utc(now);
    status =
        passwordHash == null
            ? AccountRequestStatus.AWAITING_PASSWORD
            : AccountRequestStatus.APPROVED;
  }

  public void decline(String by, String reason, Instant now) {
    awaitingDecision();
    decidedBy = by;
    decidedAt = utc(now);
    declineReason = Objects.requireNonNull(reason, "reason").strip();
    status = AccountRequestStatus.DECLINED;
    tokenHash = null;
    tokenExpiresAt = null;
  }

  /** The password was set through the link; the account opens. */
  public void passwordSet(String passwordHash, Instant now) {
    if (status != AccountRequestStatus.AWAITING_PASSWORD) {
      throw tokenInvalid();
    }
    useToken(now);
    this.passwordHash = passwordHash;
    status = AccountRequestStatus.APPROVED;
  }

  /** Records the account that was opened for this request. */
  public void opened(String username) {
    this.username = username;
    this.passwordHash = null; // the account holds it now
  }

  private void awaitingDecision() {
    if (status != AccountRequestStatus.CONFIRMED) {
      throw new AccountRequestRefused(
          Reason.NOT_AWAITING_DECISION,
          null,
          "the request of " + fullName + " is " + status + ", not waiting for a decision");
    }
  }

  private static AccountRequestRefused tokenInvalid() {
    return new AccountRequestRefused(
        Reason.TOKEN_INVALID, "token", "this link is not valid, or has been used already");
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  public Long getId() {
    return id;
  }

  public AccountRequestKind getKind() {
    return kind;
  }

  public AccountRequestStatus getStatus() {
    return status;
  }

  public String getFullName() {
    return fullName;
  }

  public String getEmail() {
    return email;
  }

  public String getOrganisationName() {
    return organisationName;
  }

  public String getCountryCode() {
    return countryCode;
  }

  public OrganisationCategory getCategory() {
    return category;
  }

  public Role getRequestedRole() {
    return requestedRole;
  }

  public Locale language() {
    return Locale.forLanguageTag(language);
  }

  public String getLanguage() {
    return language;
  }

  /** The PBKDF2 hash of the password chosen with the request, until the account holds it. */
  public String passwordHash() {
    return passwordHash;
  }

  public boolean isPasswordChosen() {
    return passwordHash != null || username != null;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public OffsetDateTime getConfirmedAt() {
    return confirmedAt;
  }

  public OffsetDateTime getDecidedAt() {
    return decidedAt;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public String getDeclineReason() {
    return declineReason;
  }

  public String getUsername() {
    return username;
  }

  public long getVersion() {
    return version;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof AccountRequest other && id != null && id.equals(other.id);
  }

  @Override
  public int hashCode() {
    return AccountRequest.class.hashCode();
  }
}
