package org.plenary.web.rest.outcomes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.plenary.agenda.outcomes.application.ApprovedMinutes;
import org.plenary.agenda.outcomes.application.CirculatedMinutes;
import org.plenary.agenda.outcomes.application.CorrectionView;
import org.plenary.agenda.outcomes.application.ItemRecord;
import org.plenary.agenda.outcomes.application.MinutesApproval;
import org.plenary.agenda.outcomes.application.MinutesSheet;
import org.plenary.agenda.outcomes.application.MinutesWriting;
import org.plenary.agenda.outcomes.domain.CorrectionDecision;
import org.plenary.core.security.domain.Roles;
import org.plenary.core.shared.NotFoundException;
import org.plenary.web.i18n.Language;
import org.plenary.web.i18n.Texts;
import org.plenary.web.rest.Callers;
import org.plenary.web.rest.InvalidRequest;
import org.plenary.web.rest.Paging;

/**
 * Writing a published meeting's minutes item by item, circulating them to the registered
 * participants for corrections and approving them (HTTP Basic); the approved versions are public.
 */
@Path("meetings/{id}/minutes")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MinutesResource {
  private static final int MAX_PAGE = 100;

  @Inject MinutesWriting minutes;
  @Inject MinutesApproval approval;

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

  @POST
  @Path("circulation")
  @Callers(Roles.SECRETARIAT)
  @Operation(
      summary =
          "Circulate the draft minutes to the registered participants (each is mailed) with a"
              + " comment window closing at closesAt (ISO 8601 with offset)")
  @APIResponse(responseCode = "201", description = "Circulated")
  @APIResponse(
      responseCode = "409",
      description = "ALREADY_CIRCULATED: the last circulation is not approved yet")
  @APIResponse(
      responseCode = "422",
      description = "WINDOW_IN_THE_PAST, WINDOW_TOO_LONG, NOTHING_WRITTEN")
  public Response circulate(@PathParam("id") String id, CirculationBody body) {
    if (body == null || body.getClosesAt() == null || body.getClosesAt().isBlank()) {
      throw new InvalidRequest("closesAt", "is needed: when the comment window closes");
    }
    OffsetDateTime closesAt;
    try {
      closesAt = OffsetDateTime.parse(body.getClosesAt().strip());
    } catch (DateTimeParseException e) {
      throw new InvalidRequest(
          "closesAt", "must be an ISO 8601 date-time with its offset, e.g. 2026-12-01T18:00+01:00");
    }
    return Response.status(201).entity(approval.circulate(id, closesAt)).build();
  }

  @GET
  @Path("circulation")
  @Callers(Callers.ACCOUNTS)
  @Operation(
      summary =
          "The latest circulation (version, comment window, pending corrections) with the minutes"
              + " as they read now; for the registered participants and the secretariat")
  @APIResponse(responseCode = "403", description = "NOT_A_PARTICIPANT")
  public CirculatedMinutes circulation(@PathParam("id") String id) {
    return approval.circulation(id);
  }

  @GET
  @Path("corrections")
  @Callers(Callers.ACCOUNTS)
  @Operation(
      summary =
          "The latest circulation's proposed corrections in the order proposed, paged: all for the"
              + " secretariat, one's own for a participant")
  public CorrectionPage corrections(
      @PathParam("id") String id,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("20") int size) {
    Paging paging = Paging.of(first, size, MAX_PAGE);
    return new CorrectionPage(
        approval.countCorrections(id),
        paging.first(),
        paging.size(),
        approval.corrections(id, paging.first(), paging.size()));
  }

  @POST
  @Path("corrections")
  @Callers(Callers.ACCOUNTS)
  @Operation(
      summary =
          "Propose a correction while the comment window is open (a registered participant):"
              + " the item, the passage quoted exactly from its minutes, the wording, a comment")
  @APIResponse(responseCode = "201", description = "Proposed; the body has its number")
  @APIResponse(responseCode = "403", description = "NOT_A_PARTICIPANT")
  @APIResponse(responseCode = "409", description = "NOT_CIRCULATED, WINDOW_CLOSED")
  @APIResponse(
      responseCode = "422",
      description = "PASSAGE_NOT_FOUND, TEXT_MISSING, TEXT_TOO_LONG, NOT_RECORDED")
  public Response propose(@PathParam("id") String id, CorrectionBody body) {
    if (body == null) {
      throw new InvalidRequest("body", "a JSON body with the correction is needed");
    }
    return Response.status(201)
        .entity(
            approval.propose(
                id, body.getItemKey(), body.getPassage(), body.getWording(), body.getComment()))
        .build();
  }

  @PUT
  @Path("corrections/{number}")
  @Callers(Roles.SECRETARIAT)
  @Operation(
      summary =
          "Accept or reject a correction (a rejection needs a reason); accepting changes no text:"
              + " edit the minutes as usual. Open to change until the minutes are approved")
  @APIResponse(
      responseCode = "409",
      description = "ALREADY_APPROVED: the minutes it corrects are approved")
  @APIResponse(responseCode = "422", description = "REASON_MISSING, TEXT_MISSING")
  public CorrectionView decide(
      @PathParam("id") String id, @PathParam("number") String number, DecisionBody body) {
    int correction;
    try {
      correction = Integer.parseInt(number);
    } catch (NumberFormatException e) {
      throw new NotFoundException("correction", id + "/" + number);
    }
    if (body == null || body.getDecision() == null) {
      throw new InvalidRequest("decision", "is needed: ACCEPTED or REJECTED");
    }
    CorrectionDecision decision;
    try {
      decision = CorrectionDecision.valueOf(body.getDecision().strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidRequest("decision", "must be ACCEPTED or REJECTED");
    }
    return approval.decide(id, correction, decision, body.getReason());
  }

  @POST
  @Path("approval")
  @Callers(Roles.SECRETARIAT)
  @Operation(
      summary =
          "Approve the circulated minutes: every item's record is frozen as the next version and"
              + " published with the corrections log; every correction must be decided first")
  @APIResponse(responseCode = "201", description = "Approved; the body is the approved version")
  @APIResponse(responseCode = "409", description = "NOT_CIRCULATED, PENDING_CORRECTIONS")
  public Response approve(@PathParam("id") String id) {
    return Response.status(201).entity(approval.approve(id)).build();
  }

  @GET
  @Path("approved")
  @Callers(Callers.ANYONE)
  @Operation(
      summary = "The approved minutes (the latest version, or ?version=n) with the corrections log")
  @APIResponse(responseCode = "404", description = "No approved minutes (of that version)")
  public ApprovedMinutes approved(
      @PathParam("id") String id, @QueryParam("version") String version) {
    return approval.approved(id, version(version));
  }

  @GET
  @Path("approved/corrections")
  @Callers(Callers.ANYONE)
  @Operation(
      summary =
          "The corrections log of the approved minutes (the latest version, or ?version=n), paged"
              + " in the order proposed")
  @APIResponse(responseCode = "404", description = "No approved minutes (of that version)")
  public CorrectionPage approvedLog(
      @PathParam("id") String id,
      @QueryParam("version") String version,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("20") int size) {
    Paging paging = Paging.of(first, size, MAX_PAGE);
    Integer asked = version(version);
    int number =
        asked != null
            ? approval.approvedWithoutLog(id, asked).version()
            : approval
                .latestApprovedVersion(id)
                .orElseThrow(() -> new NotFoundException("approved minutes", id));
    return new CorrectionPage(
        approval.logSize(id, number),
        paging.first(),
        paging.size(),
        approval.log(id, number, paging.first(), paging.size()));
  }

  @GET
  @Path("approved.pdf")
  @Produces("application/pdf")
  @Callers(Callers.ANYONE)
  @Operation(
      summary =
          "The approved minutes (latest, or ?version=n) as PDF, with the log, in the language of"
              + " lang (en or fr) or else of Accept-Language")
  @APIResponse(responseCode = "404", description = "No approved minutes (of that version)")
  public Response approvedPdf(
      @PathParam("id") String id,
      @QueryParam("version") String version,
      @QueryParam("lang") String lang,
      @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
    ApprovedMinutes approved = approval.approved(id, version(version));
    Locale language = Language.of(lang, acceptLanguage);
    StreamingOutput body =
        output -> {
          try (MinutesPrint print = new MinutesPrint(approved, Texts.of(language))) {
            print.save(output);
          }
        };
    return Response.ok(body, "application/pdf")
        .header(HttpHeaders.CONTENT_LANGUAGE, language.toLanguageTag())
        .header(
            "Content-Disposition",
            "attachment; filename=\"minutes-" + id + "-v" + approved.version() + ".pdf\"")
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  private static Integer version(String version) {
    if (version == null || version.isBlank()) {
      return null;
    }
    try {
      int number = Integer.parseInt(version.strip());
      if (number < 1) {
        throw new NumberFormatException();
      }
      return number;
    } catch (NumberFormatException e) {
      throw new InvalidRequest("version", "must be a whole number from 1");
    }
  }
}
