package org.plenary.web.rest.delegations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.plenary.agenda.delegations.application.DelegationDetails;
import org.plenary.agenda.delegations.application.Delegations;
import org.plenary.core.security.domain.Roles;
import org.plenary.core.shared.SortColumn;
import org.plenary.web.rest.Callers;
import org.plenary.web.rest.Paging;
import org.plenary.web.rest.QueryValues;
import org.plenary.web.rest.feedback.FeedbackCsv;
import org.plenary.web.rest.registrations.Bodies;

/**
 * Delegations to a meeting, by organisation name: the secretariat sees and forms them all; a head
 * of delegation manages theirs and substitutes alternates for members.
 */
@Path("meetings/{id}/delegations")
@Callers(Callers.ACCOUNTS)
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class DelegationsResource {
  private static final int EXPORT_PAGE = 200;

  @Inject Delegations delegations;
  @Inject Validator validator;

  /**
   * The body of {@code PUT .../delegations/{org}}: person ids (a class: see RegistrationRequest).
   */
  public static class CompositionBody {
    @NotNull public Long head;

    @Size(max = 200)
    public List<@NotNull Long> members;

    @Size(max = 200)
    public List<@NotNull Long> alternates;
  }

  /** The body of {@code POST .../substitutions}: the member leaving and the alternate coming. */
  public static class SubstitutionBody {
    @NotNull public Long member;
    @NotNull public Long alternate;
  }

  /** A page of delegations with the total. */
  public record Page(long total, int first, List<DelegationDetails> items) {}

  @GET
  @Callers(Roles.SECRETARIAT)
  @Operation(
      summary =
          "The delegations to the meeting with their people, by organisation or sorted, a page at a"
              + " time (secretariat); ?q= words of the organisation, its acronym or country code,"
              + " or of a person's name in the delegation, ?sort=organisation|country (- before"
              + " it: descending)")
  @APIResponse(responseCode = "404", description = "No published meeting has this id")
  public Page page(
      @PathParam("id") String id,
      @QueryParam("q") String q,
      @QueryParam("sort") String sort,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("50") int size) {
    Paging paging = Paging.of(first, size, 200);
    Delegations.Filter filter = new Delegations.Filter(q);
    SortColumn.Order<Delegations.Sort> by =
        QueryValues.sort(Delegations.Sort.class, sort, Delegations.Sort.ORGANISATION, true);
    return new Page(
        delegations.count(id, filter),
        paging.first(),
        delegations.page(id, filter, by.column(), by.ascending(), paging.first(), paging.size()));
  }

  @GET
  @Path("export.csv")
  @Produces("text/csv")
  @Callers(Roles.SECRETARIAT)
  @Operation(
      summary =
          "The delegations as CSV, a line per person (organisation, country, part, name, e-mail,"
              + " registered, social event), with the list's filters and order (secretariat);"
              + " streamed a page at a time, formula-escaped")
  @APIResponse(responseCode = "404", description = "No published meeting has this id")
  public Response export(
      @PathParam("id") String id, @QueryParam("q") String q, @QueryParam("sort") String sort) {
    Delegations.Filter filter = new Delegations.Filter(q);
    SortColumn.Order<Delegations.Sort> by =
        QueryValues.sort(Delegations.Sort.class, sort, Delegations.Sort.ORGANISATION, true);
    List<DelegationDetails> firstPage =
        delegations.page(id, filter, by.column(), by.ascending(), 0, EXPORT_PAGE);
    StreamingOutput csv =
        output -> {
          Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
          out.write("organisation,country,role,name,email,registered,social_event\r\n");
          List<DelegationDetails> page = firstPage;
          for (int first = EXPORT_PAGE; ; first += EXPORT_PAGE) {
            for (DelegationDetails delegation : page) {
              for (DelegationDetails.Delegate person : delegation.people()) {
                FeedbackCsv.line(
                    out,
                    delegation.organisation(),
                    delegation.country(),
                    person.role(),
                    person.name(),
                    person.email(),
                    String.valueOf(person.registered()),
                    person.socialEvent());
              }
            }
            if (page.size() < EXPORT_PAGE) {
              break;
            }
            page = delegations.page(id, filter, by.column(), by.ascending(), first, EXPORT_PAGE);
          }
          out.flush();
        };
    return Response.ok(csv)
        .type("text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"delegations-" + id + ".csv\"")
        .build();
  }

  @GET
  @Path("{org}")
  @Operation(summary = "One delegation: head, members, alternates, who is registered")
  @APIResponse(responseCode = "403", description = "Not in the delegation, not the secretariat")
  public DelegationDetails delegation(@PathParam("id") String id, @PathParam("org") String org) {
    return delegations.delegation(id, org);
  }

  @PUT
  @Path("{org}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Form (secretariat) or change (secretariat, head) a delegation")
  @APIResponse(responseCode = "422", description = "A rule refuses it; the problem says why")
  public DelegationDetails compose(
      @PathParam("id") String id, @PathParam("org") String org, CompositionBody body) {
    CompositionBody valid = Bodies.valid(validator, body);
    return delegations.compose(
        id, org, new Delegations.PeopleIds(valid.head, valid.members, valid.alternates));
  }

  @POST
  @Path("{org}/substitutions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "An alternate takes a member's place and registration, seat and all")
  @APIResponse(responseCode = "409", description = "The alternate is registered already")
  public DelegationDetails substitute(
      @PathParam("id") String id, @PathParam("org") String org, SubstitutionBody body) {
    SubstitutionBody valid = Bodies.valid(validator, body);
    return delegations.substitute(id, org, valid.member, valid.alternate);
  }
}
