package org.plenary.web.rest.meetings;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.plenary.agenda.meetings.application.MeetingCatalog;
import org.plenary.agenda.meetings.application.VersionSummary;
import org.plenary.agenda.meetings.domain.AgendaChange;
import org.plenary.agenda.meetings.domain.AgendaItem;
import org.plenary.agenda.meetings.domain.Meeting;
import org.plenary.core.shared.NotFoundException;
import org.plenary.core.shared.SortColumn;
import org.plenary.web.i18n.Language;
import org.plenary.web.rest.Callers;
import org.plenary.web.rest.InvalidRequest;
import org.plenary.web.rest.Paging;
import org.plenary.web.rest.QueryValues;

/** Published meetings and their agendas, for everyone. A meeting's id is its slug. */
@Path("meetings")
@Callers(Callers.ANYONE)
@ApplicationScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class MeetingsResource {
  @Inject MeetingCatalog catalog;

  /** A page of published meetings with the total, earliest first. */
  public record Page(long total, int first, List<MeetingJson.Summary> meetings) {}

  @GET
  @Operation(
      summary =
          "Published meetings, a page at a time, earliest first or sorted, as their published"
              + " agendas have them; ?q= words of the title, theme or city (or of a side meeting's"
              + " title), ?when=UPCOMING|PAST (the last day today or later, or before today, UTC),"
              + " ?sort=startDate|title|city (- before it: descending)")
  public Page list(
      @QueryParam("q") String q,
      @QueryParam("when") String when,
      @QueryParam("sort") String sort,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("20") int size) {
    Paging paging = Paging.of(first, size, 100);
    MeetingCatalog.Filter filter =
        new MeetingCatalog.Filter(q, QueryValues.constant(MeetingCatalog.When.class, "when", when));
    SortColumn.Order<MeetingCatalog.Sort> by =
        QueryValues.sort(MeetingCatalog.Sort.class, sort, MeetingCatalog.Sort.START_DATE, true);
    return new Page(
        catalog.count(filter),
        paging.first(),
        catalog.page(filter, by.column(), by.ascending(), paging.first(), paging.size()).stream()
            .map(MeetingJson.Summary::of)
            .toList());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "A published meeting's whole agenda, with its side meetings")
  @APIResponse(responseCode = "404", description = "No published meeting has this id")
  public MeetingJson agenda(@PathParam("id") String id) {
    return MeetingJson.published(catalog.getPublished(id));
  }

  @GET
  @Path("{id}/versions")
  @Operation(
      summary =
          "The published versions of a meeting's agenda, oldest first: number, label, date (not"
              + " who published them)")
  @APIResponse(responseCode = "404", description = "No published meeting has this id")
  public List<VersionSummary> versions(@PathParam("id") String id) {
    return catalog.history(id);
  }

  @GET
  @Path("{id}/changes")
  @Operation(
      summary =
          "What changed between two published versions of a meeting's agenda (from, to; either"
              + " may be the older)")
  @APIResponse(responseCode = "404", description = "Not a published version of this meeting")
  public List<AgendaChange> changes(
      @PathParam("id") String id, @QueryParam("from") Integer from, @QueryParam("to") Integer to) {
    if (from == null || to == null) {
      throw new InvalidRequest(from == null ? "from" : "to", "must name a published version");
    }
    return catalog.changes(id, from, to);
  }

  @GET
  @Path("{id}/agenda.ics")
  @Produces("text/calendar")
  @Operation(
      summary =
          "The published agenda as an iCalendar, each item in the meeting's time zone; ?item=key"
              + " for one item")
  @APIResponse(responseCode = "404", description = "No published meeting or item has this id")
  public Response calendar(@PathParam("id") String id, @QueryParam("item") String item) {
    Meeting meeting = catalog.getPublished(id);
    List<AgendaItem> items =
        item == null
            ? meeting.getItems()
            : List.of(
                meeting
                    .findItem(item)
                    .orElseThrow(() -> new NotFoundException("agenda item", id + "/" + item)));
    return Response.ok(AgendaCalendar.of(meeting, items), "text/calendar; charset=UTF-8")
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + id + (item == null ? "" : "-" + item) + ".ics\"")
        .build();
  }

  @GET
  @Path("{id}/agenda.pdf")
  @Produces("application/pdf")
  @Operation(
      summary =
          "The published agenda as a printable PDF, side meetings as appendices, in the language"
              + " of lang (en or fr) or else of Accept-Language")
  @APIResponse(responseCode = "404", description = "No published meeting has this id")
  public Response print(
      @PathParam("id") String id,
      @QueryParam("lang") String lang,
      @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
    Meeting meeting = catalog.getPublished(id);
    Locale language = Language.of(lang, acceptLanguage);
    return Response.ok(AgendaPrint.of(meeting, language), "application/pdf")
        .header(HttpHeaders.CONTENT_LANGUAGE, language.toLanguageTag())
        .header(
            "Content-Disposition",
            "inline; filename=\"" + id + "-" + meeting.getAgendaLabel() + ".pdf\"")
        .build();
  }
}
