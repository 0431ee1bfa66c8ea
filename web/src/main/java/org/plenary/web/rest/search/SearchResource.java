package org.plenary.web.rest.search;

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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.plenary.consultation.consultations.domain.ConsultationRefused;
import org.plenary.consultation.consultations.domain.ConsultationStatus;
import org.plenary.consultation.consultations.domain.RespondentCategory;
import org.plenary.consultation.search.application.Search;
import org.plenary.consultation.search.application.SearchFilter;
import org.plenary.consultation.search.application.SearchHit;
import org.plenary.consultation.search.domain.Snippets;
import org.plenary.core.shared.Jsons;
import org.plenary.web.rest.Callers;
import org.plenary.web.rest.InvalidRequest;
import org.plenary.web.rest.Paging;

/**
 * Search across documents under consideration (the sections of consulted versions) and their
 * published comments, ranked, with snippets in which the words are marked; no personal data.
 */
@Path("search")
@Callers(Callers.ANYONE)
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {
  @Inject Search search;

  @GET
  @Operation(
      summary =
          "Full-text search of consulted documents and published comments, best first, paged:"
              + " ?q= words (all must occur); filters status (planned, open, closed,"
              + " report_published), drafter, group (slug), from and to (ISO dates), category,"
              + " country. snippet is escaped HTML with <mark> around the words. Of the comments, only"
              + " the newest rankedComments (1,000) that match are ranked and counted in total")
  public JsonObject search(
      @QueryParam("q") String q,
      @QueryParam("status") String status,
      @QueryParam("drafter") String drafter,
      @QueryParam("group") String group,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("category") String category,
      @QueryParam("country") String country,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("20") int size) {
    Paging paging = Paging.of(first, size, 100);
    if (q == null || q.length() > 500 || Snippets.words(q).isEmpty()) {
      throw new InvalidRequest("q", "give at least one word (at most 500 characters)");
    }
    SearchFilter filter = new SearchFilter(q);
    filter.setStatus(status(status));
    filter.setDrafter(drafter);
    filter.setGroup(group);
    filter.setFrom(date("from", from));
    filter.setTo(date("to", to));
    filter.setCategory(category(category));
    if (country != null && !country.isBlank()) {
      if (!country.strip().matches("[A-Za-z]{2}")) {
        throw new InvalidRequest("country", "must be an ISO 3166 alpha-2 code");
      }
      filter.setCountry(country);
    }
    JsonArrayBuilder items = Jsons.array();
    for (SearchHit hit : search.page(filter, paging.first(), paging.size())) {
      items.add(json(hit));
    }
    return Jsons.object()
        .add("total", search.count(filter))
        .add("rankedComments", Search.RANKED_COMMENTS)
        .add("first", paging.first())
        .add("items", items)
        .build();
  }

  private static JsonObjectBuilder json(SearchHit hit) {
    JsonObjectBuilder json =
        Jsons.object()
            .add("kind", hit.getKind().name())
            .add("consultationId", hit.getConsultationId())
            .add("consultation", hit.getConsultationTitle())
            .add("rank", hit.getRank())
            .add("snippet", hit.getSnippet());
    if (hit.getCommentId() != null) {
      json.add("commentId", hit.getCommentId());
    }
    if (hit.getSection() != null) {
      json.add("section", hit.getSection());
    }
    if (hit.getHeading() != null) {
      json.add("heading", hit.getHeading());
    }
    if (hit.getCategory() != null) {
      json.add("category", hit.getCategory());
      json.add("country", hit.getCountry());
    }
    if (hit.getDate() != null) {
      json.add("date", hit.getDate().toString());
    }
    return json;
  }

  private static ConsultationStatus status(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    try {
      return ConsultationStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidRequest("status", "must be planned, open, closed or report_published");
    }
  }

  private static RespondentCategory category(String category) {
    if (category == null || category.isBlank()) {
      return null;
    }
    try {
      return RespondentCategory.of(category);
    } catch (ConsultationRefused e) {
      throw new InvalidRequest("category", e.getMessage());
    }
  }

  private static LocalDate date(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidRequest(field, "must be a date like 2026-11-27");
    }
  }
}
