package org.plenary.core.accounts.domain;

import jakarta.ejb.ApplicationException;
import org.plenary.core.shared.Refusal;

/**
 * An account request, invitation or link was refused; {@link #reason()} says why and {@link
 * #field()} names the input to correct, if one.
 */
@ApplicationException(rollback = true)
public class AccountRequestRefused extends Refusal {
  private static final long serialVersionUID = 1L;

  /** Why. */
  public enum Reason implements Refusal.Reason {
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

  public AccountRequestRefused(Reason reason, String field, String message) {
    super(reason, field, message);
  }

  public Reason reason() {
    return (Reason) super.reason();
  }

  @Override
  public Kind kind() {
    return switch (reason()) {
      case TOKEN_EXPIRED -> Kind.GONE;
      case EMAIL_TAKEN, NOT_AWAITING_DECISION -> Kind.CONFLICT;
      case TOKEN_INVALID, ROLE_NOT_ALLOWED, COUNTRY_UNKNOWN, CATEGORY_MISSING -> Kind.MALFORMED;
    };
  }
}
