package org.plenary.web.rest.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.plenary.agenda.feedback.application.FeedbackForms;
import org.plenary.agenda.feedback.application.FeedbackResults;
import org.plenary.agenda.feedback.application.FormDetails;
import org.plenary.agenda.feedback.application.FormResults;
import org.plenary.agenda.feedback.application.SessionEvaluations;
import org.plenary.agenda.feedback.application.SessionResults;
import org.plenary.core.security.domain.Roles;
import org.plenary.web.rest.Callers;
import org.plenary.web.rest.registrations.Bodies;

/** The secretariat's side of a meeting's feedback: results, forms, key questions (HTTP Basic). */
@Path("meetings/{id}/feedback")
@Callers(Roles.SECRETARIAT)
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeetingFeedbackResource {
  @Inject SessionEvaluations sessions;
  @Inject FeedbackForms forms;
  @Inject FeedbackResults results;
  @Inject Validator validator;
  @Context UriInfo uri;

  @GET
  @Path("sessions")
  @Operation(summary = "Every session's evaluations: count, average, distribution of 1 to 5")
  public List<SessionResults> sessions(@PathParam("id") String id) {
    return sessions.results(id);
  }

  @GET
  @Path("sessions/{itemKey}")
  @Operation(summary = "One session's evaluations: count, average, distribution of 1 to 5")
  public SessionResults session(@PathParam("id") String id, @PathParam("itemKey") String itemKey) {
    return sessions.results(id, itemKey);
  }

  /** The body of the key-questions switch: open true opens them; false or absent closes them. */
  public static class KeyQuestionsSwitch {
    public Boolean open;
  }

  @PUT
  @Path("sessions/{itemKey}/key-questions")
  @Operation(summary = "Open (or close) a session's key questions for delegates' input")
  public Response keyQuestions(
      @PathParam("id") String id, @PathParam("itemKey") String itemKey, KeyQuestionsSwitch body) {
    sessions.openKeyQuestions(id, itemKey, Boolean.TRUE.equals(Bodies.valid(validator, body).open));
    return Response.noContent().build();
  }

  @GET
  @Path("forms")
  @Operation(summary = "Every form's results, the standard satisfaction set first")
  public List<FormResults> forms(@PathParam("id") String id) {
    return results.forms(id);
  }

  @POST
  @Path("forms")
  @Operation(summary = "Define a feedback form: title, opening and closing time, questions")
  @APIResponse(responseCode = "201", description = "Defined; the body is the form")
  @APIResponse(responseCode = "422", description = "A rule refuses it; the problem says why")
  public Response define(@PathParam("id") String id, FormRequest request) {
    FormDetails form = forms.define(id, Bodies.valid(validator, request).spec());
    return Response.created(
            uri.getBaseUriBuilder().path("me/feedback/forms/{formId}").build(form.id()))
        .entity(form)
        .build();
  }
}
