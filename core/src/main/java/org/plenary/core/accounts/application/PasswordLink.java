package org.plenary.core.accounts.application;

import java.io.Serializable;

/** Whose account a set-password link opens, to greet them on the page. */
public record PasswordLink(String fullName, String email) implements Serializable {
  public String getFullName() {
    return fullName;
  }

  public String getEmail() {
    return email;
  }
}
