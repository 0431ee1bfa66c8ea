package org.plenary.web.rest.groups;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
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
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.plenary.core.drafts.application.Drafts;
import org.plenary.core.drafts.domain.Draft;
import org.plenary.core.groups.application.GroupMember;
import org.plenary.core.groups.application.WorkingGroups;
import org.plenary.core.groups.application.WorkingGroups.GroupFilter;
import org.plenary.core.groups.application.WorkingGroups.GroupSort;
import org.plenary.core.groups.domain.GroupKind;
import org.plenary.core.groups.domain.GroupRole;
import org.plenary.core.groups.domain.Membership;
import org.plenary.core.groups.domain.WorkingGroup;
import org.plenary.core.security.domain.Roles;
import org.plenary.core.shared.Jsons;
import org.plenary.core.shared.SortColumn;
import org.plenary.web.rest.Callers;
import org.plenary.web.rest.InvalidRequest;
import org.plenary.web.rest.Paging;
import org.plenary.web.rest.QueryValues;
import org.plenary.web.rest.drafts.DraftJson;
import org.plenary.web.rest.drafts.VersionBody;

/** Working groups (HTTP Basic): the secretariat manages them; members read theirs. */
@Path("groups")
@Callers(Roles.SECRETARIAT)
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class GroupsResource {
  @Inject WorkingGroups groups;
  @Inject Drafts drafts;
  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create a working group (SECRETARIAT)")
  public Response create(GroupBody body) {
    if (body == null) {
      throw new InvalidRequest("body", "is required");
    }
    WorkingGroup group =
        groups.create(body.getSlug(), body.getName(), kind(body.getKind()), body.getDescription());
    return Response.created(uri.getBaseUriBuilder().path("groups/{slug}").build(group.getSlug()))
        .entity(group(group))
        .build();
  }

  @GET
  @Operation(
      summary =
          "Every working group (SECRETARIAT), by name unless sorted, paged; ?q= words of the name or"
              + " short name, ?kind=THEMATIC_GROUP|TASK_FORCE|COMMITTEE|WORKING_GROUP,"
              + " ?sort=name|slug (- before it: descending)")
  public JsonObject list(
      @QueryParam("q") String q,
      @QueryParam("kind") String kind,
      @QueryParam("sort") String sort,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("50") int size) {
    Paging paging = Paging.of(first, size, 200);
    GroupFilter filter = filter(q, kind);
    SortColumn.Order<GroupSort> order =
        QueryValues.sort(GroupSort.class, sort, GroupSort.NAME, true);
    JsonArrayBuilder items = Jsons.array();
    for (WorkingGroup group :
        groups.page(filter, order.column(), order.ascending(), paging.first(), paging.size())) {
      items.add(group(group));
    }
    return paging.page(groups.count(filter), items).build();
  }

  @GET
  @Path("mine")
  @Callers(Callers.ACCOUNTS)
  @Operation(
      summary =
          "The working groups you belong to, with your role, by name unless sorted, paged; the"
              + " same q, kind and sort as the list of every group")
  public JsonObject mine(
      @QueryParam("q") String q,
      @QueryParam("kind") String kind,
      @QueryParam("sort") String sort,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("50") int size) {
    Paging paging = Paging.of(first, size, 200);
    GroupFilter filter = filter(q, kind);
    SortColumn.Order<GroupSort> order =
        QueryValues.sort(GroupSort.class, sort, GroupSort.NAME, true);
    JsonArrayBuilder items = Jsons.array();
    for (Membership membership :
        groups.myGroups(filter, order.column(), order.ascending(), paging.first(), paging.size())) {
      items.add(
          Jsons.object(group(membership.getGroup())).add("role", membership.getRole().name()));
    }
    return paging.page(groups.countMyGroups(filter), items).build();
  }

  private static GroupFilter filter(String q, String kind) {
    return new GroupFilter(q, QueryValues.constant(GroupKind.class, "kind", kind));
  }

  @Callers(Callers.ACCOUNTS)
  @GET
  @Path("{slug}")
  @Operation(summary = "A group and its members (its members and the secretariat)")
  public JsonObject group(@PathParam("slug") String slug) {
    JsonArrayBuilder members = Jsons.array();
    for (GroupMember m : groups.members(slug)) {
      members.add(
          Jsons.object()
              .add("username", m.getUsername())
              .add("name", m.getName())
              .add("role", m.getRole().name()));
    }
    return Jsons.object(group(groups.get(slug))).add("members", members).build();
  }

  @PUT
  @Path("{slug}/members/{username}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Put an account in the group with a role, or change its role (SECRETARIAT)")
  public JsonObject member(
      @PathParam("slug") String slug, @PathParam("username") String username, MemberBody body) {
    groups.assign(slug, username, role(body == null ? null : body.getRole()));
    return group(slug);
  }

  @DELETE
  @Path("{slug}/members/{username}")
  @Operation(summary = "Take an account out of the group (SECRETARIAT)")
  public void remove(@PathParam("slug") String slug, @PathParam("username") String username) {
    groups.remove(slug, username);
  }

  @Callers(Callers.ACCOUNTS)
  @GET
  @Path("{slug}/drafts")
  @Operation(summary = "The group's drafts you may read, newest first")
  public JsonObject drafts(
      @PathParam("slug") String slug,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("20") int size) {
    Paging paging = Paging.of(first, size, 100);
    JsonArrayBuilder items = Jsons.array();
    for (Draft draft : drafts.draftsOf(slug, paging.first(), paging.size())) {
      items.add(DraftJson.summary(draft));
    }
    return Jsons.object().add("total", drafts.countDraftsOf(slug)).add("items", items).build();
  }

  @Callers(Callers.ACCOUNTS)
  @POST
  @Path("{slug}/drafts")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Start a draft with its first version (the group's coordinators and members)")
  public Response startDraft(@PathParam("slug") String slug, VersionBody body) {
    if (body == null) {
      throw new InvalidRequest("body", "is required");
    }
    Draft draft = drafts.start(slug, body.requiredTitle(), body.texts(), body.getNote());
    return Response.created(uri.getBaseUriBuilder().path("drafts/{id}").build(draft.getId()))
        .entity(DraftJson.draft(draft, drafts.version(draft.getId(), 1)))
        .build();
  }

  private static JsonObject group(WorkingGroup group) {
    var json =
        Jsons.object()
            .add("slug", group.getSlug())
            .add("name", group.getName())
            .add("kind", group.getKind().name());
    if (group.getDescription() != null) {
      json.add("description", group.getDescription());
    }
    return json.build();
  }

  private static GroupKind kind(String kind) {
    try {
      return GroupKind.valueOf(String.valueOf(kind).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidRequest(
          "kind", "must be THEMATIC_GROUP, TASK_FORCE, COMMITTEE or WORKING_GROUP");
    }
  }

  private static GroupRole role(String role) {
    try {
      return GroupRole.valueOf(String.valueOf(role).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidRequest("role", "must be COORDINATOR, MEMBER or OBSERVER");
    }
  }
}
