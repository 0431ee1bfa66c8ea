package org.plenary.core.groups.domain;

import jakarta.ejb.ApplicationException;

/** The caller is not in the group (or not in a role) that may see or do this. */
@ApplicationException(rollback = true)
public class NotAGroupMember extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NotAGroupMember(String message) {
    super(message);
  }
}
