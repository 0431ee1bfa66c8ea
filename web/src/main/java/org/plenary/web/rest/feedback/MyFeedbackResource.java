package org.plenary.web.rest.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.plenary.agenda.feedback.application.FeedbackForms;
import org.plenary.agenda.feedback.application.FormSheet;
import org.plenary.agenda.feedback.application.MySessions;
import org.plenary.agenda.feedback.application.SessionEvaluations;
import org.plenary.agenda.feedback.application.SessionSheet;
import org.plenary.web.rest.Callers;
import org.plenary.web.rest.registrations.Bodies;

/** The caller's own feedback: session evaluations and form responses (HTTP Basic). */
@Path("me/feedback")
@Callers(Callers.ACCOUNTS)
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MyFeedbackResource {
  @Inject SessionEvaluations sessions;
  @Inject FeedbackForms forms;
  @Inject Validator validator;

  @GET
  @Path("sessions/{meetingId}")
  @Operation(summary = "The sessions of a meeting with your evaluations")
  public MySessions sessions(@PathParam("meetingId") String meetingId) {
    return sessions.mine(meetingId);
  }

  @PUT
  @Path("sessions/{meetingId}/{itemKey}")
  @Operation(summary = "Rate (1 to 5) and comment a session you attend, once it has started")
  @APIResponse(responseCode = "400", description = "The rating is not 1 to 5, or a text too long")
  @APIResponse(responseCode = "403", description = "You are not registered for the session's day")
  @APIResponse(responseCode = "422", description = "A rule refuses it; the problem says why")
  public SessionSheet evaluate(
      @PathParam("meetingId") String meetingId,
      @PathParam("itemKey") String itemKey,
      SessionEvaluationRequest request) {
    return sessions.evaluate(meetingId, itemKey, Bodies.valid(validator, request).feedback());
  }

  @GET
  @Path("forms/meeting/{meetingId}")
  @Operation(summary = "The open and closed forms of a meeting with your answers")
  public List<FormSheet> forms(@PathParam("meetingId") String meetingId) {
    return forms.mine(meetingId);
  }

  @PUT
  @Path("forms/{formId}")
  @Operation(summary = "Answer a form, or change your answers, while it is open")
  @APIResponse(responseCode = "400", description = "A rating is not 1 to 5, or a text too long")
  @APIResponse(responseCode = "403", description = "You are not registered for the meeting")
  @APIResponse(responseCode = "422", description = "Closed form, missing required answer...")
  public FormSheet respond(@PathParam("formId") long formId, FormResponseRequest request) {
    return forms.respond(formId, Bodies.valid(validator, request).inputs());
  }
}
