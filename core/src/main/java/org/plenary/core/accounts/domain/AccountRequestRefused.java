package org.plenary.core.accounts.domain;

import jakarta.ejb.ApplicationException;
import java.util.Objects;

/**
 * An account request, invitation or link was refused; {@link #reason()} says why and {@link
 * #field()} names the input to correct, if one.
 */
@ApplicationException(rollback = true)
public class AccountRequestRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why. */
  public enum Reason {
    /** The link's token is unknown, or has been used already. */
    TOKEN_INVALID,
    /** The link's token is past its date. */
    TOKEN_EXPIRED,
    /** An account, or an open request or invitation, exists for this e-mail address. */
    EMAIL_TAKEN,
    /** Only delegate and member accounts can be asked for or invited. */
    ROLE_NOT_ALLOWED,
    /** The request is not waiting for the secretariat's decision. */
    NOT_AWAITING_DECISION,
    /** No country has this code. */
    COUNTRY_UNKNOWN,
    /** An organisation is named without its category. */
    CATEGORY_MISSING
  }

  private final Reason reason;
  private final String field;

  public AccountRequestRefused(Reason reason, String field, String message) {
    super(message);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.field = field;
  }

  public Reason reason() {
    return reason;
  }

  /**
   * The input to correct ({@code token}, {@code email}, {@code role}, {@code country}), or null.
   */
  public String field() {
    return field;
  }
}
