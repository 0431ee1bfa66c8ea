package org.plenary.core.accounts.application;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.plenary.core.security.domain.Role;

/** Whom the secretariat invites: name, address, role, and the language of the mail. */
public class InvitationForm implements Serializable {
  private static final long serialVersionUID = 1L;

  @NotBlank
  @Size(max = 200)
  private String fullName;

  @NotBlank
  @Email
  @Size(max = 100)
  private String email;

  @NotNull private Role role;

  @NotNull
  @Pattern(regexp = "en|fr", message = "must be en or fr")
  private String language = "en";

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }
}
