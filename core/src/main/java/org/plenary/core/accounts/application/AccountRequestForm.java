package org.plenary.core.accounts.application;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.plenary.core.people.domain.OrganisationCategory;
import org.plenary.core.security.domain.Role;

/**
 * What someone fills in to ask for an account: the page's form and the REST body. A class with
 * getters and setters, not a record: EL needs getters, and Payara's OpenAPI generator fails on
 * constraints on record components. No password means "let me set it once approved".
 */
public class AccountRequestForm implements Serializable {
  private static final long serialVersionUID = 1L;

  @NotBlank
  @Size(max = 200)
  private String fullName;

  @NotBlank
  @Email
  @Size(max = 100)
  private String email;

  @NotBlank
  @Size(max = 200)
  private String organisation;

  @NotBlank
  @Pattern(regexp = "[A-Za-z]{2}", message = "must be a two-letter country code")
  private String country;

  @NotNull private OrganisationCategory category;

  @NotNull private Role role;

  @Size(min = 8, max = 200)
  private String password;

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

  public String getOrganisation() {
    return organisation;
  }

  public void setOrganisation(String organisation) {
    this.organisation = organisation;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public OrganisationCategory getCategory() {
    return category;
  }

  public void setCategory(OrganisationCategory category) {
    this.category = category;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
