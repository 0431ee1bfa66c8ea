package org.plenary.web.rest.desk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.plenary.agenda.registrations.application.RegistrationDesk;
import org.plenary.agenda.registrations.application.RegistrationDesk.Badge;
import org.plenary.core.security.domain.Roles;
import org.plenary.web.rest.Callers;

/** Printable name badges of a meeting's participants (SECRETARIAT). */
@Path("meetings/{id}/badges.pdf")
@Callers(Roles.SECRETARIAT)
@ApplicationScoped
public class BadgesResource {
  @Inject RegistrationDesk desk;

  @GET
  @Produces("application/pdf")
  @Operation(summary = "Name badges of everyone registered and not declined, 8 per A4 page")
  public Response badges(@PathParam("id") String id) {
    List<Badge> badges = desk.badges(id);
    String title = badges.isEmpty() ? id : badges.get(0).meeting();
    return Response.ok(BadgesPrint.of(title, badges), "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"" + id + "-badges.pdf\"")
        .build();
  }
}
