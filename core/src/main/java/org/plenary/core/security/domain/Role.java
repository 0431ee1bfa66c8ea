package org.plenary.core.security.domain;

/**
 * What an account may do. Names are the security role names used by {@code @RolesAllowed}; keep
 * them in step with {@link Roles}.
 */
public enum Role {
  /** Plans meetings, manages registrations, runs consultations, reads the audit log. */
  SECRETARIAT,
  /** A delegate of a member or invited country: registers, gives feedback. */
  DELEGATE,
  /** A member of a working group: shares and comments drafts inside the group. */
  MEMBER,
  /** A ministry's drafter or reviewer in interministerial coordination. */
  MINISTRY
}
