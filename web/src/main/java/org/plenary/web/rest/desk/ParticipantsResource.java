package org.plenary.web.rest.desk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.plenary.agenda.registrations.application.Registrations;
import org.plenary.core.shared.SortColumn;
import org.plenary.web.rest.Callers;
import org.plenary.web.rest.Paging;
import org.plenary.web.rest.QueryValues;

/** A meeting's participant list: only people who agreed to appear on it; for those registered. */
@Path("meetings/{id}/participants")
@Callers(Callers.ACCOUNTS)
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ParticipantsResource {
  @Inject Registrations registrations;

  @GET
  @Operation(
      summary =
          "Registered participants who agreed to be listed, by name or sorted; ?q= words of the"
              + " name, organisation or country code, ?sort=name|organisation|country (- before"
              + " it: descending)")
  @APIResponse(responseCode = "403", description = "You are not registered for the meeting")
  public Registrations.Participants list(
      @PathParam("id") String id,
      @QueryParam("q") String q,
      @QueryParam("sort") String sort,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("50") int size) {
    Paging paging = Paging.of(first, size, 200);
    SortColumn.Order<Registrations.ParticipantSort> by =
        QueryValues.sort(
            Registrations.ParticipantSort.class, sort, Registrations.ParticipantSort.NAME, true);
    return registrations.participants(
        id,
        new Registrations.ParticipantFilter(q),
        by.column(),
        by.ascending(),
        paging.first(),
        paging.size());
  }
}
