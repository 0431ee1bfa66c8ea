package org.plenary.web.rest.outcomes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.plenary.agenda.outcomes.application.ActionFilter;
import org.plenary.agenda.outcomes.application.ActionItems;
import org.plenary.agenda.outcomes.application.ActionView;
import org.plenary.agenda.outcomes.domain.ActionStatus;
import org.plenary.web.rest.Callers;
import org.plenary.web.rest.InvalidRequest;
import org.plenary.web.rest.Paging;
import org.plenary.web.rest.QueryValues;
import org.plenary.web.rest.feedback.FeedbackCsv;

/** The public commitments monitor: decisions and actions of meetings, and their owners' updates. */
@Path("actions")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ActionsResource {
  private static final int MAX_PAGE = 100;
  private static final int EXPORT_PAGE = 500;

  @Inject ActionItems actions;
  @Context UriInfo uri;

  @GET
  @Callers(Callers.ANYONE)
  @Operation(
      summary =
          "Decisions and actions, soonest due first, paged; filters meeting (slug), owner (part of"
              + " the name), status, overdue (true or false)")
  public ActionPage list(
      @QueryParam("meeting") String meeting,
      @QueryParam("owner") String owner,
      @QueryParam("status") String status,
      @QueryParam("overdue") String overdue,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("20") int size) {
    Paging paging = Paging.of(first, size, MAX_PAGE);
    ActionFilter filter =
        new ActionFilter(meeting, owner, status(status), QueryValues.bool("overdue", overdue));
    return new ActionPage(
        actions.count(filter),
        paging.first(),
        paging.size(),
        actions.page(filter, paging.first(), paging.size()));
  }

  @GET
  @Path("export.csv")
  @Produces("text/csv")
  @Callers(Callers.ANYONE)
  @Operation(
      summary =
          "The monitor as CSV (open data), soonest due first, with the list's filters: streamed a"
              + " page at a time, formula-escaped")
  public Response export(
      @QueryParam("meeting") String meeting,
      @QueryParam("owner") String owner,
      @QueryParam("status") String status,
      @QueryParam("overdue") String overdue) {
    ActionFilter filter =
        new ActionFilter(meeting, owner, status(status), QueryValues.bool("overdue", overdue));
    List<ActionView> firstPage = actions.page(filter, 0, EXPORT_PAGE);
    StreamingOutput csv =
        output -> {
          Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
          out.write(
              "key,meeting,meeting_title,kind,title,owner_kind,owner,due_date,status,overdue,"
                  + "updated_at,url\r\n");
          List<ActionView> page = firstPage;
          for (int first = EXPORT_PAGE; ; first += EXPORT_PAGE) {
            for (ActionView action : page) {
              FeedbackCsv.line(
                  out,
                  action.key(),
                  action.meeting(),
                  action.meetingTitle(),
                  action.kind().name(),
                  action.title(),
                  action.ownerKind() == null ? null : action.ownerKind().name(),
                  action.ownerName(),
                  action.dueDate() == null ? null : action.dueDate().toString(),
                  action.status().name(),
                  String.valueOf(action.overdue()),
                  action.updatedAt() == null ? null : action.updatedAt().toString(),
                  uri.getBaseUriBuilder().path("actions/{key}").build(action.key()).toString());
            }
            if (page.size() < EXPORT_PAGE) {
              break;
            }
            page = actions.page(filter, first, EXPORT_PAGE);
          }
          out.flush();
        };
    return Response.ok(csv)
        .type("text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"actions.csv\"")
        .build();
  }

  @GET
  @Path("{key}")
  @Callers(Callers.ANYONE)
  @Operation(summary = "One decision or action with its dated progress notes")
  public ActionView one(@PathParam("key") String key) {
    return actions.get(key);
  }

  @POST
  @Path("{key}/progress")
  @Callers(Callers.ACCOUNTS)
  @Operation(
      summary = "Move the status with a dated note, as the owner (or in it) or the secretariat")
  public ActionView progress(@PathParam("key") String key, ProgressBody body) {
    if (body == null || body.getStatus() == null) {
      throw new InvalidRequest("status", "must be PLANNED, IN_PROGRESS, DONE or DROPPED");
    }
    return actions.progress(key, body.getStatus(), body.getNote());
  }

  static ActionStatus status(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    try {
      return ActionStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw new InvalidRequest("status", "must be PLANNED, IN_PROGRESS, DONE or DROPPED");
    }
  }
}
