package org.plenary.web.rest.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.plenary.core.audit.application.AuditTrail;
import org.plenary.core.audit.domain.AuditEntry;
import org.plenary.core.security.domain.Roles;
import org.plenary.web.rest.Callers;
import org.plenary.web.rest.Paging;
import org.plenary.web.rest.QueryValues;
import org.plenary.web.rest.feedback.FeedbackCsv;

/**
 * The audit log for the secretariat: newest first, a page at a time, filtered by prefixes (or, with
 * {@code exact=true}, by whole action and object type codes). Actions and types are their codes,
 * the machine identifiers the log stores; the page shows words for them.
 */
@Path("audit")
@Callers(Roles.SECRETARIAT)
@Stateless
@RolesAllowed(Roles.SECRETARIAT)
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
  private static final int EXPORT_PAGE = 500;

  @Inject AuditTrail trail;

  /** One page of the audit log with the total count, so clients can page. */
  public record Page(long total, int first, List<AuditEntryJson> entries) {}

  @GET
  public Page page(
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("50") int size,
      @QueryParam("actor") String actor,
      @QueryParam("action") String action,
      @QueryParam("objectType") String objectType,
      @QueryParam("exact") String exact) {
    Paging paging = Paging.of(first, size, 500);
    AuditTrail.Filter filter =
        new AuditTrail.Filter(
            actor, action, objectType, Boolean.TRUE.equals(QueryValues.bool("exact", exact)));
    return new Page(
        trail.count(filter),
        paging.first(),
        trail.page(filter, paging.first(), paging.size(), false).stream()
            .map(AuditEntryJson::of)
            .toList());
  }

  @GET
  @Path("export.csv")
  @Produces("text/csv")
  @Operation(
      summary =
          "The audit log as CSV, newest first, with the page's filters (prefixes; with exact=true"
              + " the action and the object type are whole codes): streamed a page at a time by"
              + " id, formula-escaped")
  public Response export(
      @QueryParam("actor") String actor,
      @QueryParam("action") String action,
      @QueryParam("objectType") String objectType,
      @QueryParam("exact") String exact) {
    AuditTrail.Filter filter =
        new AuditTrail.Filter(
            actor, action, objectType, Boolean.TRUE.equals(QueryValues.bool("exact", exact)));
    List<AuditEntry> first = trail.before(filter, null, EXPORT_PAGE);
    StreamingOutput csv =
        output -> {
          Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
          out.write("occurred_at,actor,action,object_type,object_id,details\r\n");
          List<AuditEntry> page = first;
          while (!page.isEmpty()) {
            for (AuditEntry entry : page) {
              FeedbackCsv.line(
                  out,
                  entry.getOccurredAt().toString(),
                  entry.getActor(),
                  entry.getAction(),
                  entry.getObjectType(),
                  entry.getObjectId(),
                  entry.getDetails());
            }
            page =
                page.size() < EXPORT_PAGE
                    ? List.of()
                    : trail.before(filter, page.get(page.size() - 1).getId(), EXPORT_PAGE);
          }
          out.flush();
        };
    return Response.ok(csv)
        .type("text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"audit-log.csv\"")
        .build();
  }
}
