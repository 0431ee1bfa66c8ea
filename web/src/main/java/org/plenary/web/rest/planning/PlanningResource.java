package org.plenary.web.rest.planning;

import static org.plenary.web.rest.planning.PlanningForms.list;
import static org.plenary.web.rest.planning.PlanningForms.version;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.plenary.agenda.meetings.application.AgendaEditing;
import org.plenary.agenda.meetings.application.AgendaPublishing;
import org.plenary.agenda.meetings.application.DayPlan;
import org.plenary.agenda.meetings.application.Edit;
import org.plenary.agenda.meetings.application.PlannedMeeting;
import org.plenary.agenda.meetings.application.PlannedMeetings;
import org.plenary.agenda.meetings.application.VersionSummary;
import org.plenary.agenda.meetings.domain.AgendaChange;
import org.plenary.agenda.meetings.domain.AgendaStatus;
import org.plenary.agenda.meetings.domain.Meeting;
import org.plenary.core.security.domain.Roles;
import org.plenary.core.shared.SortColumn;
import org.plenary.web.rest.Callers;
import org.plenary.web.rest.InvalidRequest;
import org.plenary.web.rest.Paging;
import org.plenary.web.rest.QueryValues;
import org.plenary.web.rest.meetings.MeetingJson;
import org.plenary.web.rest.planning.PlanningForms.CopyForm;
import org.plenary.web.rest.planning.PlanningForms.DayForm;
import org.plenary.web.rest.planning.PlanningForms.DetailsForm;
import org.plenary.web.rest.planning.PlanningForms.ItemForm;
import org.plenary.web.rest.planning.PlanningForms.MeetingForm;
import org.plenary.web.rest.planning.PlanningForms.MoveForm;
import org.plenary.web.rest.planning.PlanningForms.PublishForm;
import org.plenary.web.rest.planning.PlanningForms.RenameRoomForm;
import org.plenary.web.rest.planning.PlanningForms.RoleForm;
import org.plenary.web.rest.planning.PlanningForms.RolesForm;
import org.plenary.web.rest.planning.PlanningForms.RoomForm;
import org.plenary.web.rest.planning.PlanningForms.SplitForm;

/**
 * The secretariat plans meetings over HTTP: drafts, days, items, rooms, publishing, versions and
 * their differences, copies. Every change answers the meeting's new version ({@link Edit}), which
 * the next change must carry. Refusals are problems: 409 when the meeting changed meanwhile, 422
 * with the rule's code, field and item when the change breaks a rule of the agenda.
 */
@Path("planning/meetings")
@Callers(Roles.SECRETARIAT)
@Stateless
@RolesAllowed(Roles.SECRETARIAT)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlanningResource {
  @Inject AgendaEditing editing;
  @Inject AgendaPublishing publishing;
  @Inject PlannedMeetings planned;

  @POST
  @Operation(summary = "Plan a new draft meeting")
  public Response create(MeetingForm form, @Context UriInfo uri) {
    Edit edit = editing.createMeeting(form.toPlan(), form.group());
    return Response.created(uri.getAbsolutePathBuilder().path(edit.slug()).build())
        .entity(edit)
        .build();
  }

  /** A meeting as a line of the planning list. */
  public record PlannedJson(
      String id,
      String title,
      AgendaStatus status,
      int publishedVersion,
      LocalDate startDate,
      LocalDate endDate,
      String city,
      String timeZone,
      long version) {
    static PlannedJson of(PlannedMeeting meeting) {
      return new PlannedJson(
          meeting.getSlug(),
          meeting.getTitle(),
          meeting.getStatus(),
          meeting.getPublishedVersion(),
          meeting.getStartDate(),
          meeting.getEndDate(),
          meeting.getCity(),
          meeting.getTimeZone(),
          meeting.getVersion());
    }
  }

  /** A page of the planning list and how many meetings the filter keeps. */
  public record PlannedPage(long total, int first, List<PlannedJson> items) {}

  @GET
  @Operation(
      summary =
          "Every meeting, drafts and published, latest first or sorted; ?q= words of the title,"
              + " id or city, ?status=DRAFT|PUBLISHED, ?sort=startDate|title|city|status"
              + " (- before it: descending)")
  public PlannedPage meetings(
      @QueryParam("q") String q,
      @QueryParam("status") String status,
      @QueryParam("sort") String sort,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("50") int size) {
    Paging paging = Paging.of(first, size, 500);
    PlannedMeetings.Filter filter =
        new PlannedMeetings.Filter(q, QueryValues.constant(AgendaStatus.class, "status", status));
    SortColumn.Order<PlannedMeetings.Sort> by =
        QueryValues.sort(PlannedMeetings.Sort.class, sort, PlannedMeetings.Sort.START_DATE, false);
    return new PlannedPage(
        planned.count(filter),
        paging.first(),
        planned.page(filter, by.column(), by.ascending(), paging.first(), paging.size()).stream()
            .map(PlannedJson::of)
            .toList());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "A draft meeting's whole agenda, with its version and item keys")
  public MeetingJson draft(@PathParam("id") String id) {
    return MeetingJson.draft(editing.draft(id));
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Change a meeting's texts, venue, time zone and dates")
  public Edit revise(@PathParam("id") String id, DetailsForm form) {
    return editing.reviseMeeting(id, version(form.version()), form.toDetails());
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete a meeting with its agenda and versions")
  public Response delete(@PathParam("id") String id, @QueryParam("version") Long version) {
    editing.deleteMeeting(id, version(version));
    return Response.noContent().build();
  }

  @PUT
  @Path("{id}/roles")
  @Operation(summary = "Replace the meeting's own roles, such as its chair")
  public Edit roles(@PathParam("id") String id, RolesForm form) {
    return editing.appointMeetingRoles(
        id, version(form.version()), list(form.roles()).stream().map(RoleForm::toRole).toList());
  }

  @POST
  @Path("{id}/days")
  @Operation(summary = "Add a day")
  public Response addDay(@PathParam("id") String id, DayForm form, @Context UriInfo uri) {
    Edit edit =
        editing.addDay(
            id,
            version(form.version()),
            new DayPlan(form.date(), form.label(), form.audienceOrEveryone(), form.note(), null));
    if (form.opensAt() != null || form.closesAt() != null) {
      edit =
          editing.reviseDay(
              id,
              edit.version(),
              form.date(),
              form.label(),
              form.audienceOrEveryone(),
              form.note(),
              form.opensAt(),
              form.closesAt());
    }
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(form.date())).build())
        .entity(edit)
        .build();
  }

  @PUT
  @Path("{id}/days/{date}")
  @Operation(summary = "Change a day's label, audience, note and hours")
  public Edit reviseDay(@PathParam("id") String id, @PathParam("date") String date, DayForm form) {
    return editing.reviseDay(
        id,
        version(form.version()),
        date(date),
        form.label(),
        form.audienceOrEveryone(),
        form.note(),
        form.opensAt(),
        form.closesAt());
  }

  @DELETE
  @Path("{id}/days/{date}")
  @Operation(summary = "Remove a day with its items")
  public Edit removeDay(
      @PathParam("id") String id,
      @PathParam("date") String date,
      @QueryParam("version") Long version) {
    return editing.removeDay(id, version(version), date(date));
  }

  @POST
  @Path("{id}/items")
  @Operation(summary = "Add an item of any kind to a day")
  public Response addItem(@PathParam("id") String id, ItemForm form, @Context UriInfo uri) {
    Edit edit = editing.addItem(id, version(form.version()), form.requiredDate(), form.toPlan());
    return Response.created(uri.getAbsolutePathBuilder().path(edit.itemKey()).build())
        .entity(edit)
        .build();
  }

  @PUT
  @Path("{id}/items/{key}")
  @Operation(summary = "Replace everything about an item; it keeps its key")
  public Edit reviseItem(@PathParam("id") String id, @PathParam("key") String key, ItemForm form) {
    return editing.reviseItem(id, version(form.version()), key, form.requiredDate(), form.toPlan());
  }

  @PUT
  @Path("{id}/items/{key}/time")
  @Operation(summary = "Move or resize an item (the timeline's drag and drop)")
  public Edit moveItem(@PathParam("id") String id, @PathParam("key") String key, MoveForm form) {
    return editing.moveItem(id, version(form.version()), key, form.start(), form.end());
  }

  @PUT
  @Path("{id}/items/{key}/room")
  @Operation(summary = "Move an item to another room")
  public Edit moveItemToRoom(
      @PathParam("id") String id, @PathParam("key") String key, RoomForm form) {
    return editing.moveItemToRoom(id, version(form.version()), key, form.room());
  }

  @POST
  @Path("{id}/items/{key}/split")
  @Operation(summary = "Split a session; it continues later as a second block")
  public Response split(@PathParam("id") String id, @PathParam("key") String key, SplitForm form) {
    Edit edit =
        editing.splitSession(
            id,
            version(form.version()),
            key,
            form.at(),
            form.resumeDate(),
            form.resumeStart(),
            form.resumeEnd());
    return Response.status(201).entity(edit).build();
  }

  @DELETE
  @Path("{id}/items/{key}")
  @Operation(summary = "Take an item off the agenda")
  public Edit removeItem(
      @PathParam("id") String id,
      @PathParam("key") String key,
      @QueryParam("version") Long version) {
    return editing.removeItem(id, version(version), key);
  }

  @POST
  @Path("{id}/rooms/rename")
  @Operation(summary = "Rename a room on every item in it")
  public Edit renameRoom(@PathParam("id") String id, RenameRoomForm form) {
    return editing.renameRoom(id, version(form.version()), form.from(), form.to());
  }

  @POST
  @Path("{id}/versions")
  @Operation(summary = "Publish the draft as the next numbered version")
  public Response publish(@PathParam("id") String id, PublishForm form, @Context UriInfo uri) {
    AgendaPublishing.Published published =
        publishing.publish(id, version(form.version()), form.label());
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(published.version().number())).build())
        .entity(published)
        .build();
  }

  @GET
  @Path("{id}/versions")
  @Operation(summary = "The published versions, oldest first")
  public List<VersionSummary> versions(@PathParam("id") String id) {
    return publishing.versions(id);
  }

  @GET
  @Path("{id}/versions/{number}")
  @Operation(summary = "The agenda as a published version has it")
  public MeetingJson publishedVersion(@PathParam("id") String id, @PathParam("number") int number) {
    return MeetingJson.of(publishing.version(id, number), List.of(), null);
  }

  @GET
  @Path("{id}/changes")
  @Operation(
      summary =
          "What changed between two versions (from, to), or without them what the draft changes"
              + " since the latest version")
  public List<AgendaChange> changes(
      @PathParam("id") String id, @QueryParam("from") Integer from, @QueryParam("to") Integer to) {
    if (from == null && to == null) {
      return publishing.pendingChanges(id);
    }
    if (from == null || to == null) {
      throw new InvalidRequest(from == null ? "from" : "to", "is required with the other");
    }
    return publishing.changes(id, from, to);
  }

  @POST
  @Path("{id}/copies")
  @Operation(summary = "Copy a meeting as the draft of the next one")
  public Response copy(@PathParam("id") String id, CopyForm form, @Context UriInfo uri) {
    Edit edit =
        editing.copyMeeting(
            id,
            form.id(),
            form.title(),
            form.startDate(),
            form.venue() == null ? null : form.venue().toVenue(),
            form.timeZone() == null || form.timeZone().isBlank()
                ? null
                : Meeting.timeZone(form.timeZone()));
    return Response.created(
            uri.getBaseUriBuilder().path("planning/meetings").path(edit.slug()).build())
        .entity(edit)
        .build();
  }

  private static LocalDate date(String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidRequest("date", "must be a date such as 2019-09-19");
    }
  }
}
