package org.plenary.web.rest.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.plenary.core.accounts.application.AccountRequests;
import org.plenary.core.accounts.application.InvitationForm;
import org.plenary.core.accounts.domain.AccountRequest;
import org.plenary.core.security.domain.Roles;
import org.plenary.web.rest.Callers;
import org.plenary.web.rest.InvalidRequest;
import org.plenary.web.rest.registrations.Bodies;

/** The secretariat invites people by e-mail; the invitee sets a password with the mailed token. */
@Path("invitations")
@Callers(Roles.SECRETARIAT)
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InvitationsResource {
  @Inject AccountRequests requests;
  @Inject Validator validator;
  @Context UriInfo uri;

  @POST
  @Operation(summary = "Invite someone by e-mail (name, email, role DELEGATE or MEMBER, language)")
  @APIResponse(responseCode = "201", description = "Invited; a mail with a link follows")
  @APIResponse(responseCode = "409", description = "The address has an account or a request")
  public Response invite(InvitationForm form) {
    AccountRequest invitation = requests.invite(Bodies.valid(validator, form));
    return Response.created(
            uri.getBaseUriBuilder().path("account-requests/{id}").build(invitation.getId()))
        .entity(AccountRequestJson.of(invitation))
        .build();
  }

  @Callers(Callers.ANYONE)
  @POST
  @Path("acceptance")
  @Operation(summary = "Set the password with the token of a mailed link; the account opens")
  @APIResponse(responseCode = "200", description = "The account is open; the body has its username")
  @APIResponse(responseCode = "400", description = "The token is unknown or used, or bad password")
  @APIResponse(responseCode = "410", description = "The token has expired")
  public Map<String, String> accept(TokenBody body) {
    Bodies.valid(validator, body);
    if (body.getPassword() == null) {
      throw new InvalidRequest("password", "is required");
    }
    return Map.of("username", requests.setPassword(body.getToken(), body.getPassword()));
  }
}
