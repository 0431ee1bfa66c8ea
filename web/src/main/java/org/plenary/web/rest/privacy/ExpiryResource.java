package org.plenary.web.rest.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.plenary.core.privacy.application.Privacy;
import org.plenary.core.security.domain.Roles;
import org.plenary.core.shared.Jsons;
import org.plenary.web.rest.Callers;

/** Runs the hourly expiry of unconfirmed submissions now, for the secretariat. */
@Path("privacy/expiry")
@Callers(Roles.SECRETARIAT)
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ExpiryResource {
  @Inject Privacy privacy;

  @POST
  @Operation(
      summary =
          "Delete now the submissions never confirmed within plenary.unconfirmed.retention (account"
              + " requests, comments sent without an account); what the hourly run does")
  public JsonObject expire() {
    return Jsons.object().add("expired", privacy.expireUnconfirmed()).build();
  }
}
