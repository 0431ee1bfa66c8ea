package org.plenary.web.rest.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.plenary.core.accounts.application.AccountRequestForm;
import org.plenary.core.accounts.application.AccountRequests;
import org.plenary.core.accounts.domain.AccountRequestStatus;
import org.plenary.core.security.domain.Roles;
import org.plenary.core.shared.SortColumn;
import org.plenary.web.i18n.Language;
import org.plenary.web.rest.Callers;
import org.plenary.web.rest.InvalidRequest;
import org.plenary.web.rest.Paging;
import org.plenary.web.rest.QueryValues;
import org.plenary.web.rest.Throttled;
import org.plenary.web.rest.registrations.Bodies;
import org.plenary.web.security.RateLimits;

/**
 * Asking for an account and confirming the address (anyone), and the secretariat's list and
 * decisions. The answer to a request is the same whether or not the address has an account.
 */
@Path("account-requests")
@Callers(Roles.SECRETARIAT)
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountRequestsResource {
  static final String ACCEPTED =
      "If this address may ask for an account, a mail with a confirmation link is on its way to it.";

  @Inject AccountRequests requests;
  @Inject Validator validator;

  /** One page of requests with the total count. */
  public record Page(long total, int first, List<AccountRequestJson> items) {}

  @Callers(Callers.ANYONE)
  @POST
  @Operation(summary = "Ask for an account; a mail follows (in the Accept-Language, en or fr)")
  @APIResponse(responseCode = "202", description = "Accepted; the same answer for every address")
  @APIResponse(responseCode = "400", description = "A field is not valid; the problem names it")
  @APIResponse(
      responseCode = "429",
      description = "Too many requests from this client; Retry-After")
  @Throttled(RateLimits.Action.ACCOUNT_REQUEST)
  public Response submit(
      AccountRequestForm form, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
    requests.submit(Bodies.valid(validator, form), Language.preferred(language));
    return Response.accepted(Map.of("detail", ACCEPTED)).build();
  }

  @Callers(Callers.ANYONE)
  @POST
  @Path("confirm")
  @Operation(summary = "Confirm an e-mail address with the token of the mailed link")
  @APIResponse(responseCode = "200", description = "Confirmed; the secretariat decides next")
  @APIResponse(responseCode = "400", description = "The token is unknown or used (TOKEN_INVALID)")
  @APIResponse(responseCode = "410", description = "The token has expired (TOKEN_EXPIRED)")
  public Map<String, String> confirm(TokenBody body) {
    String name = requests.confirm(Bodies.valid(validator, body).getToken());
    return Map.of("status", AccountRequestStatus.CONFIRMED.name(), "fullName", name);
  }

  @GET
  @Operation(
      summary =
          "Requests and invitations, oldest first or sorted; by status, by part of name/e-mail;"
              + " ?sort=createdAt|fullName|organisation (- before it: descending)")
  public Page page(
      @QueryParam("status") String status,
      @QueryParam("q") String text,
      @QueryParam("sort") String sort,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("50") int size) {
    Paging paging = Paging.of(first, size, 500);
    AccountRequests.Filter filter = new AccountRequests.Filter(status(status), text);
    SortColumn.Order<AccountRequests.Sort> by =
        QueryValues.sort(AccountRequests.Sort.class, sort, AccountRequests.Sort.CREATED, true);
    return new Page(
        requests.count(filter),
        paging.first(),
        requests.page(filter, by.column(), by.ascending(), paging.first(), paging.size()).stream()
            .map(AccountRequestJson::of)
            .toList());
  }

  @GET
  @Path("{id}")
  public AccountRequestJson get(@PathParam("id") long id) {
    return AccountRequestJson.of(requests.get(id));
  }

  @POST
  @Path("{id}/approval")
  @Operation(summary = "Approve a confirmed request: the account opens (or awaits a password)")
  @APIResponse(responseCode = "409", description = "Not awaiting a decision, or address taken")
  public AccountRequestJson approve(@PathParam("id") long id) {
    return AccountRequestJson.of(requests.approve(id));
  }

  @POST
  @Path("{id}/decline")
  @Operation(summary = "Decline a confirmed request with a reason sent to the person")
  public AccountRequestJson decline(@PathParam("id") long id, DeclineBody body) {
    return AccountRequestJson.of(requests.decline(id, Bodies.valid(validator, body).getReason()));
  }

  private static AccountRequestStatus status(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    try {
      return AccountRequestStatus.valueOf(status.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidRequest(
          "status", "must be one of " + List.of(AccountRequestStatus.values()));
    }
  }
}
