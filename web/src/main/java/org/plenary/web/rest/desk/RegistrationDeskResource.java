package org.plenary.web.rest.desk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.plenary.agenda.registrations.application.DeskRow;
import org.plenary.agenda.registrations.application.RegistrationDesk;
import org.plenary.agenda.registrations.domain.RegistrationStatus;
import org.plenary.core.security.domain.Roles;
import org.plenary.web.rest.Callers;
import org.plenary.web.rest.InvalidRequest;
import org.plenary.web.rest.Paging;
import org.plenary.web.rest.registrations.Bodies;

/**
 * The secretariat's registration desk for a meeting: the registrations paged, sorted and filtered
 * in the database with counts per status; decisions; CSV and XLSX exports streamed page by page (by
 * content negotiation on the list, or at {@code export.csv} / {@code export.xlsx} for links). The
 * path is shared with registering oneself ({@code POST}, MeetingRegistrationsResource); Jersey
 * merges the two classes into one resource.
 */
@Path("meetings/{id}/registrations")
@Callers(Roles.SECRETARIAT)
@ApplicationScoped
public class RegistrationDeskResource {
  @Inject RegistrationDesk desk;
  @Inject Validator validator;

  /** A page of the desk: rows, how many match, and the meeting's counts per status. */
  public record DeskPage(
      List<DeskRow> rows, long total, int page, int size, Map<RegistrationStatus, Long> counts) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The meeting's registrations, filtered, sorted and paged (secretariat)")
  public DeskPage list(
      @PathParam("id") String id,
      @BeanParam DeskParams params,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    DeskQuery query = params.query();
    if (page < 0) {
      throw new InvalidRequest("page", "must be 0 or more");
    }
    Paging paging = Paging.of(page * size, size, 200);
    RegistrationDesk.Page found =
        desk.page(
            id, query.filter(), query.sort(), query.ascending(), paging.first(), paging.size());
    return new DeskPage(found.rows(), found.total(), page, size, desk.counts(id));
  }

  @GET
  @Produces(DeskExports.CSV)
  @Operation(summary = "The filtered registrations as CSV, streamed")
  public Response csv(@PathParam("id") String id, @BeanParam DeskParams params) {
    return export(id, params.query(), false);
  }

  @GET
  @Produces(DeskExports.XLSX)
  @Operation(summary = "The filtered registrations as an XLSX workbook, streamed")
  public Response xlsx(@PathParam("id") String id, @BeanParam DeskParams params) {
    return export(id, params.query(), true);
  }

  @GET
  @Path("export.csv")
  @Produces(DeskExports.CSV)
  @Operation(summary = "As the CSV content type of the list, for download links")
  public Response csvFile(@PathParam("id") String id, @BeanParam DeskParams params) {
    return export(id, params.query(), false);
  }

  @GET
  @Path("export.xlsx")
  @Produces(DeskExports.XLSX)
  @Operation(summary = "As the XLSX content type of the list, for download links")
  public Response xlsxFile(@PathParam("id") String id, @BeanParam DeskParams params) {
    return export(id, params.query(), true);
  }

  private Response export(String id, DeskQuery query, boolean workbook) {
    // the first page is read here, so a refusal (401, 403, 404) is a problem, not a broken file
    List<DeskRow> first = page(id, query, 0);
    StreamingOutput body =
        output -> {
          if (workbook) {
            DeskExports.xlsx(output, first, n -> page(id, query, n));
          } else {
            DeskExports.csv(output, first, n -> page(id, query, n));
          }
        };
    return Response.ok(body, workbook ? DeskExports.XLSX : DeskExports.CSV)
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + id + "-registrations." + (workbook ? "xlsx" : "csv") + "\"")
        .build();
  }

  private List<DeskRow> page(String id, DeskQuery query, int number) {
    return desk.page(
            id,
            query.filter(),
            query.sort(),
            query.ascending(),
            number * DeskExports.PAGE,
            DeskExports.PAGE)
        .rows();
  }

  @PUT
  @Path("{rid}/decision")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Approve, decline (with a reason, mailed) or cancel a registration")
  @APIResponse(responseCode = "204", description = "Cancelled")
  @APIResponse(responseCode = "422", description = "No reason for a refusal, or decided already")
  public Response decide(
      @PathParam("id") String id, @PathParam("rid") long registrationId, DecisionBody body) {
    DecisionBody valid = Bodies.valid(validator, body);
    return switch (valid.decision) {
      case APPROVED -> Response.ok(desk.approve(id, registrationId)).build();
      case DECLINED -> Response.ok(desk.decline(id, registrationId, valid.reason)).build();
      case CANCELLED -> {
        desk.cancel(id, registrationId);
        yield Response.noContent().build();
      }
    };
  }
}
