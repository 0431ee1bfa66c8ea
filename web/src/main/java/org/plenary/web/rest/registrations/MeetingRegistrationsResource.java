package org.plenary.web.rest.registrations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.plenary.agenda.registrations.application.RegistrationDetails;
import org.plenary.agenda.registrations.application.Registrations;
import org.plenary.web.i18n.Language;
import org.plenary.web.rest.Callers;

/** Registering oneself for a published meeting (HTTP Basic). */
@Path("meetings/{id}/registrations")
@Callers(Callers.ACCOUNTS)
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeetingRegistrationsResource {
  @Inject Registrations registrations;
  @Inject Validator validator;
  @Context UriInfo uri;

  @POST
  @Operation(summary = "Register yourself: days, side meetings, social event, needs, attendance")
  @APIResponse(responseCode = "201", description = "Registered; the body is the registration")
  @APIResponse(responseCode = "409", description = "You are registered for this meeting already")
  @APIResponse(responseCode = "422", description = "A rule refuses it; the problem says why")
  public Response register(
      @PathParam("id") String id,
      RegistrationRequest request,
      @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
    RegistrationRequest valid = Bodies.valid(validator, request);
    RegistrationDetails registered =
        registrations.register(
            id,
            valid.choices(),
            Boolean.TRUE.equals(valid.listed),
            Language.preferred(language).getLanguage());
    return Response.created(
            uri.getBaseUriBuilder().path("me/registrations/{id}").build(registered.meetingId()))
        .entity(RegistrationJson.of(registered))
        .build();
  }
}
