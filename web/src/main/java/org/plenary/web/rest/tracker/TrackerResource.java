package org.plenary.web.rest.tracker;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.plenary.consultation.tracker.application.TrackedDraft;
import org.plenary.consultation.tracker.application.Tracker;
import org.plenary.core.shared.Jsons;
import org.plenary.web.rest.Callers;
import org.plenary.web.rest.Paging;

/** The public draft tracker: every public draft in preparation and where it stands. */
@Path("tracker")
@Callers(Callers.ANYONE)
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class TrackerResource {
  @Inject Tracker tracker;

  @GET
  @Operation(
      summary =
          "Public drafts (shared, in consultation, final) by title, paged: stage, latest"
              + " coordination round (status, deadline, overdue) and consultation (status, period)")
  public JsonObject list(
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("50") int size) {
    Paging paging = Paging.of(first, size, 500);
    JsonArrayBuilder items = Jsons.array();
    for (TrackedDraft draft : tracker.page(paging.first(), paging.size())) {
      items.add(json(draft));
    }
    return Jsons.object()
        .add("total", tracker.count())
        .add("first", paging.first())
        .add("items", items)
        .build();
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
