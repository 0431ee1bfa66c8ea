package org.plenary.web.rest.drafts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.plenary.core.drafts.application.CommentThread;
import org.plenary.core.drafts.application.DraftComments;
import org.plenary.core.drafts.domain.Anchor;
import org.plenary.core.drafts.domain.DraftComment;
import org.plenary.core.shared.Jsons;
import org.plenary.web.rest.Callers;
import org.plenary.web.rest.InvalidRequest;
import org.plenary.web.rest.Paging;

/**
 * Comments of a group on a draft (HTTP Basic): only the group's members and the secretariat; 403 to
 * anyone else, even when they may read the draft.
 */
@Path("drafts/{id}/comments")
@Callers(Callers.ACCOUNTS)
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class DraftCommentsResource {
  @Inject DraftComments comments;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "The draft's comment threads with their replies, oldest first")
  public JsonObject threads(
      @PathParam("id") long id,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("20") int size) {
    Paging paging = Paging.of(first, size, 100);
    JsonArrayBuilder items = Jsons.array();
    for (CommentThread thread : comments.threads(id, paging.first(), paging.size())) {
      items.add(thread(thread.getComment(), thread.getReplies()));
    }
    return Jsons.object().add("total", comments.countThreads(id)).add("items", items).build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Open a thread on a version's section (section key), or on a passage of it (quote,"
              + " optional quoteStart); 422 UNKNOWN_SECTION or PASSAGE_NOT_IN_SECTION")
  public Response comment(@PathParam("id") long id, CommentBody body) {
    CommentBody request = required(body);
    DraftComment comment =
        comments.comment(
            id,
            request.requiredVersion(),
            request.requiredSection(),
            request.getQuote(),
            request.getQuoteStart(),
            request.getText());
    return created(id, comment.getId(), thread(comment, List.of()));
  }

  @POST
  @Path("{cid}/replies")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Reply in a thread; the thread's author is notified")
  public Response reply(@PathParam("id") long id, @PathParam("cid") long cid, CommentBody body) {
    DraftComment reply = comments.reply(id, cid, required(body).getText());
    return created(id, reply.getThread().getId(), comment(reply).build());
  }

  @PUT
  @Path("{cid}/state")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Resolve (RESOLVED) or reopen (OPEN) a thread: its author or a coordinator; else 403"
              + " MAY_NOT_RESOLVE")
  public JsonObject state(@PathParam("id") long id, @PathParam("cid") long cid, CommentBody body) {
    DraftComment.State state;
    try {
      state = DraftComment.State.valueOf(String.valueOf(required(body).getState()));
    } catch (IllegalArgumentException unknown) {
      throw new InvalidRequest("state", "must be OPEN or RESOLVED");
    }
    DraftComment thread = comments.changeState(id, cid, state);
    return thread(thread, List.of());
  }

  private Response created(long draftId, long threadId, JsonObject json) {
    return Response.created(
            uri.getBaseUriBuilder()
                .path("drafts/{id}/comments")
                .queryParam("thread", threadId)
                .build(draftId))
        .entity(json)
        .build();
  }

  private static CommentBody required(CommentBody body) {
    if (body == null) {
      throw new InvalidRequest("body", "is required");
    }
    return body;
  }

  private static JsonObject thread(DraftComment comment, List<DraftComment> replies) {
    Anchor anchor = comment.getAnchor();
    JsonObjectBuilder json =
        comment(comment)
            .add("version", comment.getVersionNumber())
            .add("section", anchor.getSectionKey())
            .add("state", comment.getState().name());
    if (anchor.getQuote() != null) {
      json.add("quote", anchor.getQuote())
          .add("quoteStart", anchor.getStart())
          .add("quoteEnd", anchor.getEnd());
    }
    if (comment.getStateChangedBy() != null) {
      json.add("stateChangedBy", comment.getStateChangedBy())
          .add("stateChangedAt", comment.getStateChangedAt().toString());
    }
    JsonArrayBuilder answers = Jsons.array();
    replies.forEach(reply -> answers.add(comment(reply)));
    return json.add("replies", answers).build();
  }

  private static JsonObjectBuilder comment(DraftComment comment) {
    return Jsons.object()
        .add("id", comment.getId())
        .add("author", comment.getAuthor())
        .add("authorName", comment.getAuthorName())
        .add("text", comment.getText())
        .add("createdAt", comment.getCreatedAt().toString());
  }
}
