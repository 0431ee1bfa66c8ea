package org.plenary.web.rest.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.plenary.core.privacy.application.Privacy;
import org.plenary.core.shared.Jsons;
import org.plenary.web.rest.Callers;

/** The caller's own data (GDPR): all of it as one JSON download, and its erasure. */
@Path("me")
@Callers(Callers.ACCOUNTS)
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class MyDataResource {
  @Inject Privacy privacy;

  @GET
  @Path("data")
  @Operation(
      summary =
          "Everything Plenary holds about you, as one JSON document (a download): person, account,"
              + " groups, drafts, comments, registrations, feedback, notifications, audit entries")
  public Response data() {
    return Response.ok(privacy.export())
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"plenary-data-" + LocalDate.now(ZoneOffset.UTC) + ".json\"")
        .build();
  }

  @POST
  @Path("erasure")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Erase yourself: {\"confirmation\":\"<your user name>\"}; your account is deleted and"
              + " your comments, feedback and registrations are anonymised; 422 NOT_CONFIRMED")
  public JsonObject erase(ErasureBody body) {
    privacy.erase(body == null ? null : body.getConfirmation());
    return Jsons.object().add("erased", true).build();
  }
}
