package org.plenary.core.accounts.domain;

/** Where an account request or invitation stands. */
public enum AccountRequestStatus {
  /** Asked for; the e-mail address is not confirmed yet. */
  UNCONFIRMED,
  /** The address is confirmed; the secretariat decides. */
  CONFIRMED,
  /** Approved or invited; the account opens once the person sets a password. */
  AWAITING_PASSWORD,
  /** The account is open. */
  APPROVED,
  /** The secretariat declined it, with a reason. */
  DECLINED
}
