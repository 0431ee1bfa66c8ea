package org.plenary.web.rest.consultations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.plenary.consultation.consultations.application.Consultations;
import org.plenary.consultation.statistics.application.ConsultationStatistics;
import org.plenary.consultation.statistics.application.Statistics;
import org.plenary.consultation.statistics.application.Tally;
import org.plenary.core.drafts.domain.DraftSection;
import org.plenary.core.shared.Jsons;
import org.plenary.web.rest.Callers;

/** A consultation's statistics: its published comments counted several ways. */
@Path("consultations/{id}/statistics")
@Callers(Callers.ANYONE)
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {
  @Inject Statistics statistics;
  @Inject Consultations consultations;

  @GET
  @Operation(
      summary =
          "Published comments per day, by respondent category, by country, by section (0: the"
              + " whole draft) and by response outcome (UNANSWERED: none yet); asOf: when they were"
              + " counted (kept up to a minute; a moderation change shows at once)")
  public JsonObject get(@PathParam("id") long id) {
    ConsultationStatistics counted = statistics.of(id);
    List<DraftSection> sections =
        consultations.consultedVersion(consultations.get(id)).getSections();
    JsonArrayBuilder bySection = Jsons.array();
    for (Tally tally : counted.getBySection()) {
      int number = Integer.parseInt(tally.getKey());
      bySection.add(
          Jsons.object()
              .add("section", number)
              .add(
                  "heading",
                  number >= 1 && number <= sections.size()
                      ? sections.get(number - 1).getHeading()
                      : "")
              .add("count", tally.getCount()));
    }
    return Jsons.object()
        .add("consultationId", id)
        .add("total", counted.getTotal())
        .add("asOf", counted.getComputedAt().toString())
        .add("perDay", tallies("day", counted.getPerDay()))
        .add("byCategory", tallies("category", counted.getByCategory()))
        .add("byCountry", tallies("country", counted.getByCountry()))
        .add("bySection", bySection)
        .add("byOutcome", tallies("outcome", counted.getByOutcome()))
        .build();
  }

  private static JsonArrayBuilder tallies(String key, List<Tally> tallies) {
    JsonArrayBuilder array = Jsons.array();
    for (Tally tally : tallies) {
      array.add(Jsons.object().add(key, tally.getKey()).add("count", tally.getCount()));
    }
    return array;
  }
}
