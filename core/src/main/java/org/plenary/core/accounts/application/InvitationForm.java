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
 * Whom the secretariat invites: name, address, role, the language of the mail, and the organisation
 * (with its country and category) the invitee belongs to, so audience rules admit them.
 */
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

  /** The organisation the invitee belongs to (optional; with it, {@code category} is required). */
  @Size(max = 200)
  private String organisation;

  @Pattern(regexp = "[A-Za-z]{2}", message = "must be a two-letter country code")
  private String country;

  private OrganisationCategory category;

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

  public String getOrganisation() {
    return organisation;
  }

  public void setOrganisation(String organisation) {
    this.organisation = organisation == null || organisation.isBlank() ? null : organisation;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country == null || country.isBlank() ? null : country;
  }

  public OrganisationCategory getCategory() {
    return category;
  }

  public void setCategory(OrganisationCategory category) {
    this.category = category;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }
}
