package org.plenary.core.accounts.domain;

/** Whether the person asked for the account or the secretariat invited them. */
public enum AccountRequestKind {
  REQUEST,
  INVITATION
}
