package org.plenary.web.rest.drafts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.plenary.core.drafts.application.Drafts;
import org.plenary.core.drafts.domain.Draft;
import org.plenary.core.drafts.domain.DraftVersion;
import org.plenary.web.rest.Callers;
import org.plenary.web.rest.InvalidRequest;

/**
 * Drafts of working groups (HTTP Basic). A draft private to its group answers 403 to anyone else;
 * an unknown draft or version 404.
 */
@Path("drafts")
@Callers(Callers.ACCOUNTS)
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class DraftsResource {
  @Inject Drafts drafts;
  @Context UriInfo uri;

  @GET
  @Path("{id}")
  @Operation(summary = "A draft: status, status trail, and its latest version's sections")
  public JsonObject draft(@PathParam("id") long id) {
    Draft draft = drafts.get(id);
    return DraftJson.draft(draft, drafts.version(id, draft.getLatestVersion()));
  }

  @GET
  @Path("{id}/versions/{n}")
  @Operation(summary = "One numbered version of a draft, with its sections in order")
  public JsonObject version(@PathParam("id") long id, @PathParam("n") int number) {
    return DraftJson.version(drafts.version(id, number));
  }

  @POST
  @Path("{id}/versions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Save the next version from baseVersion; 409 DRAFT_CHANGED_MEANWHILE if someone saved"
              + " one since")
  public Response write(@PathParam("id") long id, VersionBody body) {
    if (body == null) {
      throw new InvalidRequest("body", "is required");
    }
    DraftVersion version = drafts.write(id, body.base(), body.texts(), body.getNote());
    return Response.created(
            uri.getBaseUriBuilder().path("drafts/{id}/versions/{n}").build(id, version.getNumber()))
        .entity(DraftJson.version(version))
        .build();
  }

  @PUT
  @Path("{id}/file")
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary =
          "Upload a PDF, DOCX or ODT (the raw bytes as the body) as the next version, keeping the"
              + " sections of baseVersion; the type is checked by content (422 TYPE_NOT_ALLOWED),"
              + " the size against the limit (413 TOO_LARGE)")
  public Response upload(
      @PathParam("id") long id,
      @QueryParam("baseVersion") Integer baseVersion,
      @QueryParam("name") String name,
      @QueryParam("note") String note,
      InputStream content) {
    if (baseVersion == null || baseVersion < 1) {
      throw new InvalidRequest("baseVersion", "must be the number of the version you edited");
    }
    if (content == null) {
      throw new InvalidRequest("body", "is required");
    }
    DraftVersion version = drafts.upload(id, baseVersion, content, name, note);
    return Response.created(
            uri.getBaseUriBuilder().path("drafts/{id}/versions/{n}").build(id, version.getNumber()))
        .entity(DraftJson.version(version))
        .build();
  }

  @GET
  @Path("{id}/versions/{n}/file")
  @Produces(MediaType.WILDCARD)
  @Operation(
      summary =
          "The document of a version, as an attachment with its checked content type; 404 when"
              + " the version has none")
  public Response document(@PathParam("id") long id, @PathParam("n") int number) {
    return Attachments.document(drafts.document(id, number))
        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
        .build();
  }

  @GET
  @Path("{id}/changes")
  @Operation(summary = "What changed between two versions, section by section and word by word")
  public JsonObject changes(
      @PathParam("id") long id, @QueryParam("from") Integer from, @QueryParam("to") Integer to) {
    if (from == null || to == null) {
      throw new InvalidRequest(from == null ? "from" : "to", "must name a version");
    }
    return DraftJson.comparison(drafts.compare(id, from, to));
  }

  @POST
  @Path("{id}/sharing")
  @Operation(summary = "A coordinator shares the draft with all delegates")
  public JsonObject share(@PathParam("id") long id) {
    drafts.shareWithDelegates(id);
    return DraftJson.draft(drafts.get(id), null);
  }

  @POST
  @Path("{id}/final")
  @Operation(
      summary =
          "A coordinator declares the draft final (adopted): no more versions; 422"
              + " STATUS_CANNOT_CHANGE when it is final already or has no version")
  public JsonObject finalise(@PathParam("id") long id) {
    drafts.finalise(id);
    return DraftJson.draft(drafts.get(id), null);
  }
}
