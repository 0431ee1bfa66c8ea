package org.plenary.web.rest.registrations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.plenary.agenda.registrations.application.Registrations;
import org.plenary.web.i18n.Language;
import org.plenary.web.rest.Callers;
import org.plenary.web.rest.Paging;

/** The caller's own registrations (HTTP Basic). */
@Path("me/registrations")
@Callers(Callers.ACCOUNTS)
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class MyRegistrationsResource {
  @Inject Registrations registrations;
  @Inject Validator validator;

  /** A page of the caller's registrations with their total. */
  public record Page(long total, int first, List<RegistrationJson> items) {}

  @GET
  @Operation(
      summary =
          "Your registrations, a page at a time: the meetings to come or under way first, the"
              + " soonest first, then the past ones, the latest first")
  public Page mine(
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("50") int size) {
    Paging paging = Paging.of(first, size, 200);
    return new Page(
        registrations.countMine(),
        paging.first(),
        registrations.mine(paging.first(), paging.size()).stream()
            .map(RegistrationJson::of)
            .toList());
  }

  @GET
  @Path("{meetingId}")
  @Operation(summary = "Your registration for a meeting")
  public RegistrationJson mine(@PathParam("meetingId") String meetingId) {
    return RegistrationJson.of(registrations.mine(meetingId));
  }

  @PUT
  @Path("{meetingId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Change your registration: the same body as registering; the desk's decision stands")
  @APIResponse(responseCode = "200", description = "Changed; the body is the registration")
  @APIResponse(responseCode = "404", description = "You are not registered for this meeting")
  @APIResponse(responseCode = "422", description = "A rule refuses it; the problem says why")
  public RegistrationJson change(
      @PathParam("meetingId") String meetingId,
      RegistrationRequest request,
      @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
    RegistrationRequest valid = Bodies.valid(validator, request);
    return RegistrationJson.of(
        registrations.change(
            meetingId,
            valid.choices(),
            Boolean.TRUE.equals(valid.listed),
            Language.preferred(language).getLanguage()));
  }

  @DELETE
  @Path("{meetingId}")
  @Operation(summary = "Cancel your registration; a social event seat goes to the next in line")
  public void cancel(@PathParam("meetingId") String meetingId) {
    registrations.cancel(meetingId);
  }

  @GET
  @Path("{meetingId}/calendar.ics")
  @Produces("text/calendar")
  @Operation(summary = "Your registered days of a meeting as an iCalendar file")
  public jakarta.ws.rs.core.Response calendar(@PathParam("meetingId") String meetingId) {
    return jakarta.ws.rs.core.Response.ok(registrations.myCalendar(meetingId))
        .type("text/calendar; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"" + meetingId + ".ics\"")
        .build();
  }
}
