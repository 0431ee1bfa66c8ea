package org.plenary.web.rest.registrations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.plenary.agenda.registrations.application.RegistrationPeriod;
import org.plenary.agenda.registrations.application.Registrations;
import org.plenary.core.security.domain.Roles;
import org.plenary.web.rest.Callers;

/** When registration for a meeting closes: public to read, set by the secretariat. */
@Path("meetings/{id}/registration-period")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class RegistrationPeriodResource {
  @Inject Registrations registrations;
  @Inject Validator validator;

  /**
   * The body of {@code PUT .../registration-period}: the last day to register, or null to keep
   * registration open (a class: see RegistrationRequest).
   */
  public static class Deadline {
    public LocalDate closesOn;
  }

  @GET
  @Callers(Callers.ANYONE)
  @Operation(summary = "When registration closes (the last day, meeting's time zone) and if open")
  public RegistrationPeriod period(@PathParam("id") String id) {
    return registrations.period(id);
  }

  @PUT
  @Callers(Roles.SECRETARIAT)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Set the last day to register or change a registration; null: no deadline")
  @APIResponse(responseCode = "422", description = "After the meeting's last day")
  public RegistrationPeriod close(@PathParam("id") String id, Deadline deadline) {
    return registrations.closeRegistrationOn(id, Bodies.valid(validator, deadline).closesOn);
  }
}
