package org.plenary.core.accounts.domain;

import java.util.Locale;
import java.util.Objects;

/**
 * A mail someone must get about their account request, fired as a CDI event inside the transaction
 * that decided it; the interface turns it into a {@link org.plenary.core.mail.Mail} in the person's
 * language. {@code token} is the single-use secret of the link, when the mail carries one.
 */
public record AccountNotice(
    Kind kind, String to, String fullName, Locale language, String token, String reason) {

  /** Which mail. */
  public enum Kind {
    /** Confirm your e-mail address (link to the confirmation page). */
    CONFIRM_ADDRESS,
    /** Someone asked for an account for an address that has one already. */
    ALREADY_HAS_ACCOUNT,
    /** Someone asked again while a request for the address is being handled. */
    REQUEST_PENDING,
    /** Approved, and the account is open: sign in. */
    APPROVED,
    /** Approved: set a password (link to the accept page). */
    APPROVED_SET_PASSWORD,
    /** Declined, with the reason. */
    DECLINED,
    /** The secretariat invites you: set a password (link to the accept page). */
    INVITED
  }

  public AccountNotice {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(fullName, "fullName");
    Objects.requireNonNull(language, "language");
  }
}
