package org.plenary.web.rest.tracker;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.plenary.consultation.tracker.application.Milestone;
import org.plenary.consultation.tracker.application.PublicDraft;
import org.plenary.consultation.tracker.application.PublicDrafts;
import org.plenary.consultation.tracker.application.Stage;
import org.plenary.consultation.tracker.application.TrackedDraft;
import org.plenary.consultation.tracker.application.Tracker;
import org.plenary.core.shared.Jsons;
import org.plenary.core.shared.SortColumn;
import org.plenary.web.rest.Callers;
import org.plenary.web.rest.InvalidRequest;
import org.plenary.web.rest.Paging;
import org.plenary.web.rest.QueryValues;
import org.plenary.web.rest.drafts.Attachments;
import org.plenary.web.rest.drafts.DraftJson;
import org.plenary.web.rest.feedback.FeedbackCsv;

/**
 * The public draft tracker: every public draft in preparation and where it stands (also as CSV,
 * open data), each draft's dated progress, and the versions the public may read and compare.
 */
@Path("tracker")
@Callers(Callers.ANYONE)
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class TrackerResource {
  private static final int EXPORT_PAGE = 500;

  @Inject Tracker tracker;
  @Inject PublicDrafts publicDrafts;
  @Context UriInfo uri;

  @GET
  @Operation(
      summary =
          "Public drafts (shared, in consultation, final), paged: stage, when the draft entered its"
              + " status, latest coordination round (status, deadline, overdue) and consultation"
              + " (status, period); ?q= words of the title or group, ?stage=SHARED|IN_COORDINATION"
              + "|IN_CONSULTATION|FINAL, ?sort=title|group|stage|since (- before it: descending;"
              + " by title without one)")
  public JsonObject list(
      @QueryParam("q") String q,
      @QueryParam("stage") String stage,
      @QueryParam("sort") String sort,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("50") int size) {
    Paging paging = Paging.of(first, size, 500);
    Tracker.Filter filter = filter(q, stage);
    SortColumn.Order<Tracker.Sort> order =
        QueryValues.sort(Tracker.Sort.class, sort, Tracker.Sort.TITLE, true);
    JsonArrayBuilder items = Jsons.array();
    for (TrackedDraft draft :
        tracker.page(filter, order.column(), order.ascending(), paging.first(), paging.size())) {
      items.add(json(draft));
    }
    return paging.page(tracker.count(filter), items).build();
  }

  @GET
  @Path("export.csv")
  @Produces("text/csv")
  @Operation(
      summary =
          "The tracker as CSV (open data), with the list's q, stage and sort: one row per public"
              + " draft, streamed a page at a time")
  public Response export(
      @QueryParam("q") String q,
      @QueryParam("stage") String stage,
      @QueryParam("sort") String sort) {
    Tracker.Filter filter = filter(q, stage);
    SortColumn.Order<Tracker.Sort> order =
        QueryValues.sort(Tracker.Sort.class, sort, Tracker.Sort.TITLE, true);
    StreamingOutput csv =
        output -> {
          Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
          out.write(
              "draft_id,title,drafter,status,stage,since,coordination_status,"
                  + "coordination_deadline,coordination_overdue,consultation_status,"
                  + "consultation_opens_at,consultation_closes_at,url\r\n");
          for (int first = 0; ; first += EXPORT_PAGE) {
            List<TrackedDraft> page =
                tracker.page(filter, order.column(), order.ascending(), first, EXPORT_PAGE);
            for (TrackedDraft draft : page) {
              FeedbackCsv.line(
                  out,
                  String.valueOf(draft.getDraftId()),
                  draft.getTitle(),
                  draft.getGroup(),
                  draft.getDraftStatus(),
                  draft.getStage(),
                  text(draft.getSince()),
                  draft.getRoundStatus(),
                  text(draft.getRoundDeadline()),
                  draft.getRoundStatus() == null ? null : String.valueOf(draft.isRoundOverdue()),
                  draft.getConsultationStatus(),
                  text(draft.getConsultationOpensAt()),
                  text(draft.getConsultationClosesAt()),
                  uri.getBaseUriBuilder()
                      .path("tracker/{id}")
                      .build(draft.getDraftId())
                      .toString());
            }
            if (page.size() < EXPORT_PAGE) {
              break;
            }
          }
          out.flush();
        };
    return Response.ok(csv)
        .type("text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"draft-tracker.csv\"")
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(
      summary =
          "A public draft's progress: its stage, its dated steps oldest first (shared, each"
              + " coordination round opened and closed and its table published, each consultation"
              + " opened and closed and its report published, adopted; upcoming ones flagged) and"
              + " the versions the public may read; 404 for a draft that is not public")
  public JsonObject draft(@PathParam("id") long id) {
    PublicDraft draft = publicDrafts.get(id);
    JsonArrayBuilder trail = Jsons.array();
    for (Milestone step : draft.trail()) {
      JsonObjectBuilder json =
          Jsons.object()
              .add("kind", step.kind().name())
              .add("at", step.at().toString())
              .add("upcoming", step.upcoming());
      if (step.version() != null) {
        json.add("version", step.version());
      }
      if (step.roundId() != null) {
        json.add("roundId", step.roundId());
      }
      if (step.deadline() != null) {
        json.add("deadline", step.deadline().toString()).add("overdue", step.overdue());
      }
      if (step.consultationId() != null) {
        json.add("consultationId", step.consultationId());
      }
      trail.add(json);
    }
    JsonArrayBuilder versions = Jsons.array();
    for (PublicDraft.PublicVersion version : draft.versions()) {
      versions.add(
          Jsons.object()
              .add("number", version.number())
              .add("createdAt", version.createdAt().toString())
              .add(
                  "href",
                  uri.getBaseUriBuilder()
                      .path("tracker/{id}/versions/{n}")
                      .build(id, version.number())
                      .toString()));
    }
    return Jsons.object()
        .add("draftId", draft.id())
        .add("title", draft.title())
        .add("drafter", draft.group())
        .add("status", draft.status())
        .add("stage", draft.stage())
        .add("trail", trail)
        .add("versions", versions)
        .build();
  }

  @GET
  @Path("{id}/versions/{n}")
  @Operation(
      summary =
          "A version of a public draft the public may read (sent to coordination or consultation,"
              + " or adopted), with its sections in order; 404 for any other")
  public JsonObject version(@PathParam("id") long id, @PathParam("n") int number) {
    return DraftJson.publicVersion(publicDrafts.version(id, number));
  }

  @GET
  @Path("{id}/versions/{n}/file")
  @Produces(MediaType.WILDCARD)
  @Operation(
      summary =
          "The document uploaded with a version the public may read, as an attachment with its"
              + " checked content type; 404 for another version or one without a document")
  public Response document(@PathParam("id") long id, @PathParam("n") int number) {
    return Attachments.document(publicDrafts.document(id, number)).build();
  }

  @GET
  @Path("{id}/changes")
  @Operation(
      summary =
          "What changed between two versions of a public draft the public may read, section by"
              + " section and word by word")
  public JsonObject changes(
      @PathParam("id") long id, @QueryParam("from") Integer from, @QueryParam("to") Integer to) {
    if (from == null || to == null) {
      throw new InvalidRequest(from == null ? "from" : "to", "must name a version");
    }
    return DraftJson.comparison(publicDrafts.compare(id, from, to));
  }

  private static Tracker.Filter filter(String q, String stage) {
    return new Tracker.Filter(q, QueryValues.constant(Stage.class, "stage", stage));
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  private static JsonObjectBuilder json(TrackedDraft draft) {
    JsonObjectBuilder json =
        Jsons.object()
            .add("draftId", draft.getDraftId())
            .add("title", draft.getTitle())
            .add("drafter", draft.getGroup())
            .add("status", draft.getDraftStatus())
            .add("latestVersion", draft.getLatestVersion())
            .add("stage", draft.getStage());
    if (draft.getSince() != null) {
      json.add("since", draft.getSince().toString());
    }
    if (draft.getRoundStatus() != null) {
      json.add(
          "coordination",
          Jsons.object()
              .add("id", draft.getRoundId())
              .add("status", draft.getRoundStatus())
              .add("tablePublished", draft.isTablePublished())
              .add("deadline", draft.getRoundDeadline().toString())
              .add("overdue", draft.isRoundOverdue()));
    }
    if (draft.getConsultationId() != null) {
      json.add(
          "consultation",
          Jsons.object()
              .add("id", draft.getConsultationId())
              .add("status", draft.getConsultationStatus())
              .add("opensAt", draft.getConsultationOpensAt().toString())
              .add("closesAt", draft.getConsultationClosesAt().toString()));
    }
    return json;
  }
}
