package org.plenary.web.rest.registrations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.plenary.agenda.registrations.application.Registrations;
import org.plenary.agenda.registrations.application.SocialEventStatus;
import org.plenary.core.security.domain.Roles;
import org.plenary.web.rest.Callers;

/** The social event's seats, for the secretariat. */
@Path("meetings/{id}/social-event")
@Callers(Roles.SECRETARIAT)
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class SocialEventResource {
  @Inject Registrations registrations;
  @Inject Validator validator;

  /** The body of {@code PUT .../social-event/capacity} (a class: see RegistrationRequest). */
  public static class Capacity {
    @NotNull
    @PositiveOrZero
    @Max(100_000)
    public Integer seats;
  }

  @GET
  @Operation(summary = "Seats of the social event: capacity, taken, waiting")
  public SocialEventStatus status(@PathParam("id") String id) {
    return registrations.socialEvent(id);
  }

  @PUT
  @Path("capacity")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Set how many seats the social event has; more seats promote the waiting")
  public SocialEventStatus capacity(@PathParam("id") String id, Capacity capacity) {
    return registrations.setSocialEventCapacity(id, Bodies.valid(validator, capacity).seats);
  }
}
