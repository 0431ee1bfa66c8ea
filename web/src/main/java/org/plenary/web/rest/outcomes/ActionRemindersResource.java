package org.plenary.web.rest.outcomes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.plenary.agenda.outcomes.application.ActionItems;
import org.plenary.core.security.domain.Roles;
import org.plenary.core.shared.Jsons;
import org.plenary.web.rest.Callers;

/** Runs the hourly reminder of overdue decisions and actions now, for the secretariat. */
@Path("actions/reminders")
@Callers(Roles.SECRETARIAT)
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ActionRemindersResource {
  @Inject ActionItems actions;

  @POST
  @Operation(
      summary =
          "Remind now the owners of overdue decisions and actions, each at most once a day; what"
              + " the hourly run does")
  public JsonObject remind() {
    return Jsons.object().add("reminded", actions.remindOverdue()).build();
  }
}
