package org.plenary.web.rest.registrations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import org.plenary.agenda.registrations.domain.Attendance;
import org.plenary.agenda.registrations.domain.Choices;
import org.plenary.agenda.registrations.domain.Registration;

/**
 * The body of {@code POST /api/meetings/{id}/registrations}. A class with fields, not a record:
 * Payara's OpenAPI generator fails on constraints that a record also puts on its constructor's
 * parameters.
 */
public class RegistrationRequest {
  /** The days the person comes, as ISO dates. */
  @NotEmpty
  @Size(max = 31)
  public List<@NotNull LocalDate> days;

  /** Ids of the side meetings the person comes to. */
  @Size(max = 20)
  public List<@NotBlank @Size(max = 100) String> sideMeetings;

  /** Whether the person comes to the social event; no if absent. */
  public Boolean socialEvent;

  @Size(max = Registration.MAX_NEEDS)
  public String dietaryNeeds;

  @Size(max = Registration.MAX_NEEDS)
  public String accessibilityNeeds;

  @NotNull public Attendance attendance;

  /** Consent to appear on the participant list that registered participants see; off if absent. */
  public Boolean listed;

  Choices choices() {
    return new Choices(
        new HashSet<>(days),
        sideMeetings == null ? null : new HashSet<>(sideMeetings),
        Boolean.TRUE.equals(socialEvent),
        dietaryNeeds,
        accessibilityNeeds,
        attendance);
  }
}
