package org.plenary.web.rest.coordination;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.plenary.consultation.coordination.application.Coordination;
import org.plenary.consultation.coordination.application.CoordinationTable;
import org.plenary.consultation.coordination.application.RoundForm;
import org.plenary.consultation.coordination.application.TableRow;
import org.plenary.consultation.coordination.domain.CoordinationRound;
import org.plenary.consultation.coordination.domain.PositionEntry;
import org.plenary.consultation.coordination.domain.RemarkResponse;
import org.plenary.consultation.coordination.domain.RemarkSettlement;
import org.plenary.consultation.coordination.domain.RoundStatus;
import org.plenary.core.security.domain.Roles;
import org.plenary.core.shared.Jsons;
import org.plenary.core.shared.SortColumn;
import org.plenary.web.rest.Callers;
import org.plenary.web.rest.InvalidRequest;
import org.plenary.web.rest.Paging;
import org.plenary.web.rest.QueryValues;
import org.plenary.web.rest.registrations.Bodies;

/**
 * Interministerial coordination rounds (HTTP Basic, MINISTRY and SECRETARIAT). Refusals are
 * problems with a {@code code}: 403 for who asks (not consulted, not the drafter), 422 for what
 * they ask (round closed, fundamental objections open...).
 */
@Path("coordination")
@Callers({Roles.SECRETARIAT, Roles.MINISTRY})
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class CoordinationResource {
  static final String CSV = "text/csv; charset=UTF-8";

  /** Characters buffered before the CSV export writes to the response. */
  private static final int CSV_BUFFER = 1 << 16;

  @Inject Coordination coordination;
  @Inject CoordinationTable remarksTable;
  @Inject Clock clock;
  @Inject Validator validator;
  @Context UriInfo uri;

  @POST
  @Path("rounds")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Start a coordination round on a draft version with the bodies to consult")
  public Response start(RoundForm form) {
    if (form == null) {
      throw new InvalidRequest("body", "is required");
    }
    CoordinationRound round = coordination.start(form);
    return Response.created(
            uri.getBaseUriBuilder().path("coordination/rounds/{id}").build(round.getId()))
        .entity(table(round.getId(), 0, 50))
        .build();
  }

  @GET
  @Path("rounds")
  @Operation(
      summary =
          "The rounds your organisation drafts or is consulted in (all for the secretariat), latest"
              + " opening first unless sorted, paged; ?q= words of the draft's title or the"
              + " drafter's name, ?status=PLANNED|OPEN|CLOSED, ?sort=opensAt|deadline|draft|drafter"
              + " (- before it: descending)")
  public JsonObject rounds(
      @QueryParam("q") String q,
      @QueryParam("status") String status,
      @QueryParam("sort") String sort,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("50") int size) {
    Paging paging = Paging.of(first, size, 200);
    Coordination.RoundFilter filter =
        new Coordination.RoundFilter(q, QueryValues.constant(RoundStatus.class, "status", status));
    SortColumn.Order<Coordination.RoundSort> order =
        QueryValues.sort(
            Coordination.RoundSort.class, sort, Coordination.RoundSort.OPENS_AT, false);
    Instant now = clock.instant();
    JsonArrayBuilder items = Jsons.array();
    for (CoordinationRound round :
        coordination.rounds(
            filter, order.column(), order.ascending(), paging.first(), paging.size())) {
      items.add(CoordinationJson.summary(round, now));
    }
    return paging.page(coordination.countRounds(filter), items).build();
  }

  @GET
  @Path("rounds/{id}")
  @Operation(summary = "The coordination table: each consulted body's current position")
  public JsonObject round(
      @PathParam("id") long id,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("50") int size) {
    Paging paging = Paging.of(first, size, 200);
    return table(id, paging.first(), paging.size());
  }

  @POST
  @Path("rounds/{id}/positions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Give your organisation's position (a correction is a new entry)")
  public Response give(@PathParam("id") long id, PositionBody body) {
    if (body == null) {
      throw new InvalidRequest("body", "is required");
    }
    PositionEntry entry =
        coordination.givePosition(id, body.position(), body.getNote(), body.texts());
    return Response.created(
            uri.getBaseUriBuilder()
                .path("coordination/rounds/{id}/positions")
                .queryParam("body", entry.getBody().getOrganisation().getId())
                .build(id))
        .entity(CoordinationJson.entry(entry, List.of(), List.of(), entry.getBody().getRound()))
        .build();
  }

  @GET
  @Path("rounds/{id}/positions")
  @Operation(summary = "A consulted body's positions, newest first, with remarks and settlements")
  public JsonObject history(
      @PathParam("id") long id,
      @QueryParam("body") Long body,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("50") int size) {
    if (body == null) {
      throw new InvalidRequest("body", "must name the consulted organisation's id");
    }
    Paging paging = Paging.of(first, size, 200);
    CoordinationRound round = coordination.round(id);
    List<PositionEntry> entries = coordination.history(id, body, paging.first(), paging.size());
    List<RemarkSettlement> settlements = coordination.settlements(id, entries);
    List<RemarkResponse> responses = coordination.responses(id, entries);
    JsonArrayBuilder items = Jsons.array();
    entries.forEach(e -> items.add(CoordinationJson.entry(e, settlements, responses, round)));
    return Jsons.object()
        .add("items", items)
        .add("total", coordination.countHistory(id, body))
        .build();
  }

  @POST
  @Path("rounds/{id}/positions/{entry}/remarks/{n}/settlement")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "The drafter settles a fundamental remark of a current position")
  public Response settle(
      @PathParam("id") long id,
      @PathParam("entry") long entry,
      @PathParam("n") int number,
      SettlementBody body) {
    RemarkSettlement settlement =
        coordination.settle(id, entry, number, body == null ? null : body.getNote());
    return Response.status(201)
        .entity(
            Jsons.object()
                .add("entry", entry)
                .add("remark", settlement.getRemarkNumber())
                .add("note", settlement.getNote())
                .add("settledBy", settlement.getSettledBy())
                .add("openFundamentals", coordination.openFundamentals(id))
                .build())
        .build();
  }

  @PUT
  @Path("rounds/{id}/positions/{entry}/remarks/{n}/response")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "The drafter answers a remark of a current position (ordinary or fundamental), or answers"
              + " it again naming the revision replaced; 409 RESPONSE_CHANGED_MEANWHILE when"
              + " someone answered since")
  public JsonObject answer(
      @PathParam("id") long id,
      @PathParam("entry") long entry,
      @PathParam("n") int number,
      AnswerBody body) {
    Bodies.valid(validator, body);
    RemarkResponse response =
        coordination.answer(
            id, entry, number, body.outcome(), body.getExplanation(), body.getRevision());
    return Jsons.object()
        .add("entry", entry)
        .add("remark", number)
        .add(
            "response",
            CoordinationJson.response(response, response.getEntry().getBody().getRound()))
        .add("unansweredRemarks", coordination.unansweredRemarks(id))
        .build();
  }

  @POST
  @Path("rounds/{id}/closure")
  @Operation(summary = "The drafter closes the round; 422 while fundamental objections are open")
  public JsonObject close(@PathParam("id") long id) {
    coordination.close(id);
    return table(id, 0, 50);
  }

  @POST
  @Path("rounds/{id}/publication")
  @Operation(
      summary =
          "The drafter publishes the table of remarks and responses of a closed round (everyone"
              + " reads it then); 422 ROUND_NOT_CLOSED, REMARKS_UNANSWERED")
  public JsonObject publish(@PathParam("id") long id) {
    coordination.publishTable(id);
    return table(id, 0, 50);
  }

  @Callers(Callers.ANYONE)
  @GET
  @Path("rounds/{id}/table")
  @Operation(
      summary =
          "The table of remarks and responses: every remark of the current positions with its"
              + " answer; public once published, before for the round's parties only")
  public JsonObject remarks(
      @PathParam("id") long id,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("50") int size) {
    Paging paging = Paging.of(first, size, 500);
    CoordinationRound round = remarksTable.visible(id);
    JsonArrayBuilder items = Jsons.array();
    for (TableRow row : remarksTable.rows(id, paging.first(), paging.size())) {
      items.add(CoordinationJson.tableRow(row, round));
    }
    return Jsons.object()
        .add("round", CoordinationJson.summary(round, clock.instant()))
        .add("total", remarksTable.count(id))
        .add("first", paging.first())
        .add("items", items)
        .build();
  }

  @Callers(Callers.ANYONE)
  @GET
  @Path("rounds/{id}/table")
  @Produces(CSV)
  @Operation(
      summary = "The table of remarks and responses as CSV (as table.csv), for Accept: text/csv")
  public Response remarksByAccept(@PathParam("id") long id) {
    return remarksCsv(id);
  }

  @Callers(Callers.ANYONE)
  @GET
  @Path("rounds/{id}/table.csv")
  @Produces(CSV)
  @Operation(
      summary =
          "The table of remarks and responses as CSV (streamed, formula-escaped): public once"
              + " published, before for the round's parties only")
  public Response remarksCsv(@PathParam("id") long id) {
    remarksTable.visible(id); // refused before the first byte, as a problem
    StreamingOutput body =
        output -> {
          Writer out =
              new BufferedWriter(
                  new OutputStreamWriter(output, StandardCharsets.UTF_8), CSV_BUFFER);
          CoordinationCsv.header(out);
          remarksTable.export(id, row -> CoordinationCsv.row(out, row));
          out.flush();
        };
    return Response.ok(body, CSV)
        .header(
            "Content-Disposition", "attachment; filename=\"coordination-" + id + "-remarks.csv\"")
        .build();
  }

  @Callers(Roles.SECRETARIAT)
  @POST
  @Path("reminders")
  @Operation(summary = "Remind overdue bodies now (the hourly timer does the same); how many")
  public JsonObject remind() {
    return Jsons.object().add("reminded", coordination.remindOverdue()).build();
  }

  private JsonObject table(long id, int first, int size) {
    CoordinationRound round = coordination.round(id);
    return CoordinationJson.table(
        round,
        coordination.bodies(id, first, size),
        coordination.countBodies(id),
        coordination.openFundamentals(id),
        coordination.unansweredRemarks(id),
        clock.instant());
  }
}
