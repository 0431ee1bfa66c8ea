package org.plenary.web.rest.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.plenary.core.audit.application.AuditTrail;
import org.plenary.core.security.domain.Roles;
import org.plenary.web.rest.Callers;
import org.plenary.web.rest.Paging;

/** The audit log for the secretariat: newest first, a page at a time, filtered by prefixes. */
@Path("audit")
@Callers(Roles.SECRETARIAT)
@Stateless
@RolesAllowed(Roles.SECRETARIAT)
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
  @Inject AuditTrail trail;

  /** One page of the audit log with the total count, so clients can page. */
  public record Page(long total, int first, List<AuditEntryJson> entries) {}

  @GET
  public Page page(
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("50") int size,
      @QueryParam("actor") String actor,
      @QueryParam("action") String action,
      @QueryParam("objectType") String objectType) {
    Paging paging = Paging.of(first, size, 500);
    AuditTrail.Filter filter = new AuditTrail.Filter(actor, action, objectType);
    return new Page(
        trail.count(filter),
        paging.first(),
        trail.page(filter, paging.first(), paging.size(), false).stream()
            .map(AuditEntryJson::of)
            .toList());
  }
}
