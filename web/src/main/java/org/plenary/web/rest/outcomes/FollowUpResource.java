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
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.plenary.agenda.meetings.application.Edit;
import org.plenary.agenda.outcomes.application.ActionFollowUp;
import org.plenary.core.security.domain.Roles;
import org.plenary.web.rest.Callers;
import org.plenary.web.rest.InvalidRequest;

/**
 * "Follow-up on actions from last year": an agenda item listing an earlier meeting's open actions.
 */
@Path("planning/meetings/{id}/follow-up")
@Callers(Roles.SECRETARIAT)
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FollowUpResource {
  @Inject ActionFollowUp followUp;
  @Context UriInfo uri;

  @POST
  @Operation(
      summary =
          "Add to the draft agenda an item listing the decisions and actions of an earlier meeting"
              + " still planned or in progress")
  @APIResponse(responseCode = "201", description = "Added; the body is the edit with the item key")
  public Response pull(@PathParam("id") String id, FollowUpBody body) {
    if (body == null) {
      throw new InvalidRequest("body", "a JSON body with version, from, date, start and end");
    }
    if (body.getVersion() == null) {
      throw new InvalidRequest("version", "the version of the meeting read is needed");
    }
    if (body.getFrom() == null || body.getFrom().isBlank()) {
      throw new InvalidRequest("from", "name the earlier meeting by its identifier");
    }
    Edit edit =
        followUp.pull(
            id,
            body.getVersion(),
            body.getFrom(),
            parse("date", body.getDate(), LocalDate::parse, "a date such as 2020-10-06"),
            parse("start", body.getStart(), LocalTime::parse, "a time such as 14:00"),
            parse("end", body.getEnd(), LocalTime::parse, "a time such as 15:00"));
    return Response.created(
            uri.getBaseUriBuilder()
                .path("planning/meetings/{id}/items/{key}")
                .build(edit.slug(), edit.itemKey()))
        .entity(edit)
        .build();
  }

  private static <T> T parse(
      String field, String value, java.util.function.Function<String, T> parser, String example) {
    if (value == null || value.isBlank()) {
      throw new InvalidRequest(field, "must be " + example);
    }
    try {
      return parser.apply(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidRequest(field, "must be " + example);
    }
  }
}
