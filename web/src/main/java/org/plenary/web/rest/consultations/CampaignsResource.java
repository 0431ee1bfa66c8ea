package org.plenary.web.rest.consultations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.plenary.consultation.campaigns.application.Campaign;
import org.plenary.consultation.campaigns.application.Campaigns;
import org.plenary.consultation.consultations.domain.ResponseOutcome;
import org.plenary.core.shared.Jsons;
import org.plenary.web.rest.Callers;
import org.plenary.web.rest.InvalidRequest;
import org.plenary.web.rest.Paging;
import org.plenary.web.rest.registrations.Bodies;

/**
 * A consultation's campaigns: identical and near-identical comments grouped and counted ("one text
 * × N"), and the drafter's one answer for a whole group.
 */
@Path("consultations/{id}/campaigns")
@Callers(Callers.ANYONE)
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class CampaignsResource {
  @Inject Campaigns campaigns;
  @Inject Validator validator;

  @GET
  @Operation(
      summary =
          "Groups of published comments with the same normalised text, largest first, paged;"
              + " ?min= the fewest copies a group has (default 2); asOf: when the groups were"
              + " counted (kept up to a minute; an answer shows at once; not for min=1, counted now)")
  public JsonObject list(
      @PathParam("id") long id,
      @QueryParam("min") @DefaultValue("2") int min,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("50") int size) {
    Paging paging = Paging.of(first, size, 500);
    if (min < 1) {
      throw new InvalidRequest("min", "must be 1 or more");
    }
    JsonArrayBuilder items = Jsons.array();
    for (Campaign campaign : campaigns.page(id, min, paging.first(), paging.size())) {
      items.add(json(campaign));
    }
    JsonObjectBuilder list = paging.page(campaigns.count(id, min), items);
    if (min >= Campaigns.MIN_COPIES) {
      list.add("asOf", campaigns.groupedAt(id).toString());
    }
    return list.build();
  }

  @Callers(Callers.ACCOUNTS)
  @PUT
  @Path("{hash}/response")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "The drafter answers every copy of a campaign at once (the same body as one comment's"
              + " response); returns how many comments were answered")
  public JsonObject respond(
      @PathParam("id") long id, @PathParam("hash") String hash, ResponseBody body) {
    Bodies.valid(validator, body);
    int answered =
        campaigns.respond(
            id,
            hash,
            outcome(body.outcome),
            body.justification,
            body.resolvedInVersion,
            body.resolvedInSection);
    return Jsons.object()
        .add("hash", hash)
        .add("answered", answered)
        .add("outcome", body.outcome.strip().toUpperCase(Locale.ROOT))
        .build();
  }

  private static JsonObjectBuilder json(Campaign campaign) {
    JsonObjectBuilder json =
        Jsons.object()
            .add("hash", campaign.getHash())
            .add("count", campaign.getCount())
            .add("answered", campaign.getAnswered());
    if (campaign.isHidden()) {
      // the drafter hid every copy: why, in place of the text (as the comments list shows it)
      json.add("hidden", true).add("hiddenReason", campaign.getHiddenReason());
    } else {
      json.add("text", campaign.getText());
    }
    if (campaign.getFirstAt() != null) {
      json.add("firstAt", campaign.getFirstAt().toString());
      json.add("lastAt", campaign.getLastAt().toString());
    }
    if (campaign.getOutcome() != null) {
      json.add("outcome", campaign.getOutcome());
      json.add("response", campaign.getResponse());
    }
    return json;
  }

  private static ResponseOutcome outcome(String outcome) {
    try {
      return ResponseOutcome.valueOf(outcome.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidRequest(
          "outcome", "must be accepted, partly_accepted, not_accepted or noted");
    }
  }
}
