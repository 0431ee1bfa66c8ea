package org.plenary.core.privacy.application;

/**
 * The person whose data is exported or erased: their person record, the user name they sign in
 * with, and their e-mail address (which may be null), as the parts find their rows by.
 */
public record DataSubject(long personId, String username, String email) {
  /** The user name and author name an erased person's rows carry instead of theirs. */
  public String erasedName() {
    return "erased-" + personId;
  }
}
