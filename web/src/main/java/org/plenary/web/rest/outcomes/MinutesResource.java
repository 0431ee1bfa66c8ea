package org.plenary.web.rest.outcomes;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.plenary.agenda.outcomes.application.ItemRecord;
import org.plenary.agenda.outcomes.application.MinutesSheet;
import org.plenary.agenda.outcomes.application.MinutesWriting;
import org.plenary.core.security.domain.Roles;
import org.plenary.web.rest.Callers;
import org.plenary.web.rest.InvalidRequest;

/** Writing a published meeting's minutes, item by item (HTTP Basic). */
@Path("meetings/{id}/minutes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MinutesResource {
  @Inject MinutesWriting minutes;

  @GET
  @Callers(Roles.SECRETARIAT)
  @Operation(summary = "The draft minutes: every recorded agenda item's record, in agenda order")
  public MinutesSheet sheet(@PathParam("id") String id) {
    return minutes.sheet(id);
  }

  @GET
  @Path("items/{itemKey}")
  @Callers(Callers.ACCOUNTS)
  @Operation(summary = "One item's minutes, for the secretariat or the item's rapporteur")
  public ItemRecord item(@PathParam("id") String id, @PathParam("itemKey") String itemKey) {
    return minutes.item(id, itemKey);
  }

  @PUT
  @Path("items/{itemKey}")
  @Callers(Callers.ACCOUNTS)
  @Operation(
      summary =
          "Save one item's minutes (secretariat or the item's rapporteur), naming the version read")
  @APIResponse(responseCode = "200", description = "Saved; the body has the new version")
  @APIResponse(responseCode = "409", description = "Someone saved it meanwhile: reload and retry")
  public ItemRecord write(
      @PathParam("id") String id, @PathParam("itemKey") String itemKey, ItemMinutesBody body) {
    if (body == null) {
      throw new InvalidRequest("body", "a JSON body with the minutes is needed");
    }
    return minutes.write(
        id, itemKey, body.getVersion(), body.getSummary(), body.getAnswers(), body.getDecisions());
  }

  @PUT
  @Path("items/{itemKey}/rapporteur")
  @Callers(Roles.SECRETARIAT)
  @Operation(summary = "Name (or remove, with no username) the rapporteur who writes an item")
  public ItemRecord rapporteur(
      @PathParam("id") String id, @PathParam("itemKey") String itemKey, RapporteurBody body) {
    return minutes.nameRapporteur(id, itemKey, body == null ? null : body.getUsername());
  }
}
