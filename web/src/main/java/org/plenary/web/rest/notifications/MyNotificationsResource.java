package org.plenary.web.rest.notifications;

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
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.plenary.core.notifications.application.Notifications;
import org.plenary.core.notifications.domain.Notification;
import org.plenary.core.notifications.domain.NotificationSettings;
import org.plenary.core.shared.Jsons;
import org.plenary.web.rest.Callers;
import org.plenary.web.rest.InvalidRequest;
import org.plenary.web.rest.Paging;

/** The caller's own notifications and e-mail settings (HTTP Basic, any signed-in role). */
@Path("me/notifications")
@Callers(Callers.ACCOUNTS)
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class MyNotificationsResource {
  @Inject Notifications notifications;

  @GET
  @Operation(summary = "Your notifications, newest first, with the number unread")
  public JsonObject mine(
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("20") int size) {
    Paging paging = Paging.of(first, size, 100);
    JsonArrayBuilder items = Jsons.array();
    notifications.mine(paging.first(), paging.size()).forEach(n -> items.add(json(n)));
    return Jsons.object()
        .add("total", notifications.countMine())
        .add("unread", notifications.countUnread())
        .add("items", items)
        .build();
  }

  @POST
  @Path("{nid}/read")
  @Operation(summary = "Mark one of your notifications read; 404 for anyone else's")
  public JsonObject read(@PathParam("nid") long id) {
    return json(notifications.markRead(id)).build();
  }

  @GET
  @Path("settings")
  @Operation(summary = "Whether your notifications also come by e-mail, and in which language")
  public JsonObject settings() {
    return json(notifications.settings());
  }

  @PUT
  @Path("settings")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Opt in or out of e-mails (byEmail), in en or fr (language)")
  public JsonObject choose(SettingsBody body) {
    if (body == null || body.getByEmail() == null) {
      throw new InvalidRequest("byEmail", "must be true or false");
    }
    String language = body.getLanguage() == null ? "en" : body.getLanguage();
    if (!language.equals("en") && !language.equals("fr")) {
      throw new InvalidRequest("language", "must be en or fr");
    }
    return json(notifications.choose(body.getByEmail(), language));
  }

  private static JsonObject json(NotificationSettings settings) {
    return Jsons.object()
        .add("byEmail", settings.isByEmail())
        .add("language", settings.getLanguage())
        .build();
  }

  private static JsonObjectBuilder json(Notification n) {
    return Jsons.object()
        .add("id", n.getId())
        .add("kind", n.getKind().name())
        .add("draft", n.getDraftId())
        .add("version", n.getVersionNumber())
        .add("title", n.getTitle())
        .add("actorName", n.getActorName())
        .add("createdAt", n.getCreatedAt().toString())
        .add("read", n.isRead());
  }
}
