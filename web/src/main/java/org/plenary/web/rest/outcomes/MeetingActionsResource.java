package org.plenary.web.rest.outcomes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.plenary.agenda.outcomes.application.ActionItems;
import org.plenary.agenda.outcomes.application.ActionView;
import org.plenary.core.security.domain.Roles;
import org.plenary.web.rest.Callers;
import org.plenary.web.rest.InvalidRequest;

/** The secretariat records a meeting's decisions and actions (HTTP Basic). */
@Path("meetings/{id}/actions")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeetingActionsResource {
  @Inject ActionItems actions;
  @Context UriInfo uri;

  @POST
  @Callers(Roles.SECRETARIAT)
  @Operation(summary = "Record a decision or action: owner, due date, agenda item, draft")
  @APIResponse(responseCode = "201", description = "Recorded; the body is the action")
  @APIResponse(responseCode = "422", description = "A rule refuses it; the problem says why")
  public Response record(@PathParam("id") String id, ActionBody body) {
    if (body == null) {
      throw new InvalidRequest("body", "a JSON body with the action is needed");
    }
    ActionView action = actions.record(id, body.spec());
    return Response.created(uri.getBaseUriBuilder().path("actions/{key}").build(action.key()))
        .entity(action)
        .build();
  }
}
