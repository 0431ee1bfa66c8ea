package org.plenary.web.rest;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.plenary.agenda.delegations.domain.DelegationRefused;
import org.plenary.agenda.feedback.domain.FeedbackRefused;
import org.plenary.agenda.meetings.application.MeetingChangedMeanwhile;
import org.plenary.agenda.meetings.domain.AgendaRuleViolation;
import org.plenary.agenda.outcomes.domain.ActionRefused;
import org.plenary.agenda.outcomes.domain.ApprovalRefused;
import org.plenary.agenda.outcomes.domain.MinutesRefused;
import org.plenary.agenda.registrations.domain.RegistrationRefused;
import org.plenary.consultation.consultations.domain.BulkRefused;
import org.plenary.consultation.consultations.domain.ConsultationRefused;
import org.plenary.consultation.coordination.domain.CoordinationRefused;
import org.plenary.core.accounts.domain.AccountRequestRefused;
import org.plenary.core.drafts.domain.CommentRefused;
import org.plenary.core.drafts.domain.DraftChangedMeanwhile;
import org.plenary.core.drafts.domain.DraftRefused;
import org.plenary.core.files.domain.FileRefused;
import org.plenary.core.groups.domain.GroupRefused;
import org.plenary.core.groups.domain.NotAGroupMember;
import org.plenary.core.privacy.application.ErasureRefused;
import org.plenary.core.shared.NotFoundException;

/**
 * Turns every failure of the REST API into an RFC 9457 problem body ({@code
 * application/problem+json}) with a status a client can act on. Unexpected failures are logged with
 * an incident id that the body repeats; no stack trace ever reaches the client.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {
  public static final String PROBLEM_JSON = "application/problem+json";
  private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

  @Context UriInfo uri;
  @Context SecurityContext security;

  @Override
  public Response toResponse(Throwable thrown) {
    Throwable failure = unwrap(thrown);
    BodyRefused refusedBody = cause(thrown, BodyRefused.class);
    if (refusedBody != null) {
      BodyRefused.Code code = refusedBody.code();
      return Response.status(code.status())
          .type(PROBLEM_JSON)
          .entity(
              body(code.status(), code.title(), refusedBody.getMessage())
                  .add("code", code.name())
                  .build()
                  .toString())
          .build();
    }
    if (!(failure instanceof InvalidRequest) && cause(thrown, InvalidRequest.class) != null) {
      failure = cause(thrown, InvalidRequest.class);
    }
    if (failure instanceof NotFoundException notFound) {
      return problem(
              404,
              "Not Found",
              "There is no " + notFound.kind() + " '" + notFound.identity() + "'.")
          .build();
    }
    if (failure instanceof RegistrationRefused refused) {
      return refused(refused);
    }
    if (failure instanceof FeedbackRefused refused) {
      return feedbackRefused(refused);
    }
    if (failure instanceof MinutesRefused refused) {
      return minutesRefused(refused);
    }
    if (failure instanceof ApprovalRefused refused) {
      int status = refused.code().status();
      String title =
          switch (status) {
            case 403 -> "Forbidden";
            case 409 -> "Conflict";
            default -> "Unprocessable Content";
          };
      return coded(status, title, refused.getMessage(), refused.code().name(), refused.field());
    }
    if (failure instanceof ActionRefused refused) {
      int status = refused.rule() == ActionRefused.Rule.NOT_THE_OWNER ? 403 : 422;
      JsonObjectBuilder body =
          body(
                  status,
                  status == 403 ? "Forbidden" : "Unprocessable Content",
                  capitalised(refused.getMessage()) + ".")
              .add("rule", refused.rule().name());
      if (refused.field() != null) {
        body.add("field", refused.field());
      }
      return Response.status(status).type(PROBLEM_JSON).entity(body.build().toString()).build();
    }
    if (failure instanceof AccountRequestRefused refused) {
      return accountRequestRefused(refused);
    }
    if (failure instanceof ConsultationRefused refused) {
      return consultationRefused(refused);
    }
    if (failure instanceof BulkRefused refused) {
      return bulkRefused(refused);
    }
    if (failure instanceof DelegationRefused refused) {
      return delegationRefused(refused);
    }
    if (failure instanceof CoordinationRefused refused) {
      return coordinationRefused(refused);
    }
    if (failure instanceof ErasureRefused refused) {
      return coded(
          422, "Unprocessable Content", refused.getMessage(), "NOT_CONFIRMED", "confirmation");
    }
    Response groupsAndDrafts = groupsAndDrafts(failure);
    if (groupsAndDrafts != null) {
      return groupsAndDrafts;
    }
    if (failure instanceof EJBAccessException || failure instanceof AccessLocalException) {
      return security == null || security.getUserPrincipal() == null
          ? problem(401, "Unauthorized", "Log in with a valid user name and password.")
              .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Plenary\", charset=\"UTF-8\"")
              .build()
          : problem(403, "Forbidden", "Your account may not do this.").build();
    }
    if (failure instanceof MeetingChangedMeanwhile stale) {
      return Response.status(409)
          .type(PROBLEM_JSON)
          .entity(
              body(
                      409,
                      "Conflict",
                      "Someone else changed this meeting since you loaded it. Reload it and"
                          + " make your change again.")
                  .add("code", "MEETING_CHANGED_MEANWHILE")
                  .add("meeting", stale.slug())
                  .add("seenVersion", stale.seenVersion())
                  .build()
                  .toString())
          .build();
    }
    OptimisticLockException collided = cause(thrown, OptimisticLockException.class);
    if (collided != null) {
      return Response.status(409)
          .type(PROBLEM_JSON)
          .entity(
              body(
                      409,
                      "Conflict",
                      "Someone else changed this at the same time. Reload it and make your"
                          + " change again.")
                  .add(
                      "code",
                      isMeeting(collided.getEntity())
                          ? "MEETING_CHANGED_MEANWHILE"
                          : "CHANGED_MEANWHILE")
                  .build()
                  .toString())
          .build();
    }
    if (failure instanceof AgendaRuleViolation violation) {
      return ruleViolation(violation);
    }
    if (failure instanceof ConstraintViolationException invalid) {
      return invalid(invalid);
    }
    if (failure instanceof InvalidRequest invalid) {
      JsonArrayBuilder errors =
          Json.createArrayBuilder()
              .add(
                  Json.createObjectBuilder()
                      .add("field", invalid.field())
                      .add("message", invalid.getMessage()));
      return Response.status(400)
          .type(PROBLEM_JSON)
          .entity(
              body(400, "Bad Request", invalid.field() + " " + invalid.getMessage() + ".")
                  .add("errors", errors)
                  .build()
                  .toString())
          .build();
    }
    if (failure instanceof JsonbException || causedBy(thrown, JsonbException.class)) {
      return problem(400, "Bad Request", "The request body is not valid JSON for this resource.")
          .build();
    }
    if (failure instanceof WebApplicationException web) {
      Response.StatusType status = web.getResponse().getStatusInfo();
      Response.ResponseBuilder problem =
          problem(status.getStatusCode(), status.getReasonPhrase(), detail(status.getStatusCode()));
      web.getResponse()
          .getHeaders()
          .forEach(
              (name, values) -> {
                if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)) {
                  values.forEach(value -> problem.header(name, value));
                }
              });
      return problem.build();
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Incident " + incident + " on " + path(), failure);
    return problem(
            500,
            "Internal Server Error",
            "Something went wrong on our side. Quote incident " + incident + " if you contact us.")
        .build();
  }

  /**
   * A registration the rules refuse: 409 when the person is registered already (a retry), else 422
   * naming the rule and saying why.
   */
  private Response refused(RegistrationRefused refused) {
    boolean duplicate = refused.rule() == RegistrationRefused.Rule.ALREADY_REGISTERED;
    if (refused.rule() == RegistrationRefused.Rule.NOT_REGISTERED) {
      return Response.status(403)
          .type(PROBLEM_JSON)
          .entity(
              body(403, "Forbidden", capitalised(refused.getMessage()) + ".")
                  .add("rule", refused.rule().name())
                  .build()
                  .toString())
          .build();
    }
    int status = duplicate ? 409 : 422;
    return Response.status(status)
        .type(PROBLEM_JSON)
        .entity(
            body(
                    status,
                    duplicate ? "Conflict" : "Unprocessable Content",
                    capitalised(refused.getMessage()) + ".")
                .add("rule", refused.rule().name())
                .build()
                .toString())
        .build();
  }

  /**
   * A change to the minutes the rules refuse: 409 when someone saved meanwhile (reload and retry),
   * 403 for a caller who is not the item's rapporteur, else 422 naming the rule and the field.
   */
  private Response minutesRefused(MinutesRefused refused) {
    int status =
        switch (refused.rule()) {
          case CHANGED_MEANWHILE -> 409;
          case NOT_THE_RAPPORTEUR -> 403;
          default -> 422;
        };
    String title =
        switch (status) {
          case 409 -> "Conflict";
          case 403 -> "Forbidden";
          default -> "Unprocessable Content";
        };
    JsonObjectBuilder body =
        body(status, title, capitalised(refused.getMessage()) + ".")
            .add("rule", refused.rule().name());
    if (refused.field() != null) {
      body.add("field", refused.field());
    }
    return Response.status(status).type(PROBLEM_JSON).entity(body.build().toString()).build();
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private Response invalid(ConstraintViolationException invalid) {
    JsonArrayBuilder errors = Json.createArrayBuilder();
    invalid.getConstraintViolations().stream()
        .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
        .forEach(
            v ->
                errors.add(
                    Json.createObjectBuilder()
                        .add("field", field(v))
                        .add("message", v.getMessage())));
    return Response.status(400)
        .type(PROBLEM_JSON)
        .entity(
            body(400, "Bad Request", "Some fields are not valid.")
                .add("errors", errors)
                .build()
                .toString())
        .build();
  }

  /**
   * A broken agenda rule: 422 with the rule's code, the field to correct and the item concerned, so
   * a client can show the message (in its language, from the code) beside the right field.
   */
  private Response ruleViolation(AgendaRuleViolation violation) {
    JsonObjectBuilder error =
        Json.createObjectBuilder()
            .add("code", violation.rule().name())
            .add("message", violation.getMessage());
    if (violation.field() != null) {
      error.add("field", violation.field());
    }
    if (violation.itemKey() != null) {
      error.add("item", violation.itemKey());
    }
    JsonObjectBuilder arguments = Json.createObjectBuilder();
    violation.arguments().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(argument -> arguments.add(argument.getKey(), argument.getValue()));
    error.add("arguments", arguments);
    return Response.status(422)
        .type(PROBLEM_JSON)
        .entity(
            body(422, "Unprocessable Content", violation.getMessage() + ".")
                .add("code", violation.rule().name())
                .add("errors", Json.createArrayBuilder().add(error))
                .build()
                .toString())
        .build();
  }

  private static boolean causedBy(Throwable thrown, Class<? extends Throwable> type) {
    return cause(thrown, type) != null;
  }

  /** The first throwable of this type in the chain of causes, or null. */
  private static <T extends Throwable> T cause(Throwable thrown, Class<T> type) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return type.cast(cause);
      }
      if (cause.getCause() == cause) {
        return null;
      }
    }
    return null;
  }

  /** Whether the entity two people changed at once belongs to a meeting's agenda. */
  private static boolean isMeeting(Object entity) {
    return entity != null
        && entity.getClass().getPackageName().startsWith("org.plenary.agenda.meetings.");
  }

  private static String field(ConstraintViolation<?> violation) {
    String path = violation.getPropertyPath().toString();
    // method.argN.field -> field; keep the last named node a client recognises
    int dot = path.lastIndexOf('.');
    return dot < 0 ? path : path.substring(dot + 1);
  }

  private Response.ResponseBuilder problem(int status, String title, String detail) {
    return Response.status(status)
        .type(PROBLEM_JSON)
        .entity(body(status, title, detail).build().toString());
  }

  private JsonObjectBuilder body(int status, String title, String detail) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("type", "about:blank")
            .add("title", title)
            .add("status", status)
            .add("detail", detail);
    String path = path();
    if (path != null) {
      body.add("instance", path);
    }
    return body;
  }

  private String path() {
    try {
      return uri == null ? null : uri.getRequestUri().getRawPath();
    } catch (RuntimeException outsideRequest) {
      return null;
    }
  }

  private static String detail(int status) {
    return switch (status) {
      case 404 -> "There is nothing at this address.";
      case 405 -> "This address does not accept that method.";
      case 406 -> "This resource cannot answer in the media type you asked for.";
      case 415 -> "This resource does not accept that media type.";
      default -> "The request could not be handled.";
    };
  }

  private static Throwable unwrap(Throwable thrown) {
    Throwable failure = thrown;
    while (failure instanceof EJBException
        && !(failure instanceof EJBAccessException)
        && !(failure instanceof AccessLocalException)
        && failure.getCause() != null) {
      failure = failure.getCause();
    }
    return failure;
  }

  /**
   * Feedback the rules refuse: 403 when the caller is not registered for the meeting, else 422; the
   * title names the case, {@code rule} the rule and {@code field} what to correct.
   */
  private Response feedbackRefused(FeedbackRefused refused) {
    int status = refused.rule() == FeedbackRefused.Rule.NOT_REGISTERED ? 403 : 422;
    String title =
        switch (refused.rule()) {
          case NOT_REGISTERED -> "Not registered for this meeting";
          case FORM_CLOSED -> "Form closed";
          case FORM_NOT_OPEN_YET -> "Form not open yet";
          case SESSION_NOT_STARTED -> "Session not started";
          case RATING_OUT_OF_RANGE -> "Rating out of range";
          default -> "Feedback refused";
        };
    JsonObjectBuilder body =
        body(status, title, capitalised(refused.getMessage()) + ".")
            .add("rule", refused.rule().name());
    if (refused.field() != null) {
      body.add("field", refused.field());
    }
    return Response.status(status).type(PROBLEM_JSON).entity(body.build().toString()).build();
  }

  /**
   * An account request, invitation or link refused: 400 for an unusable token or input, 410 for an
   * expired link, 409 for an address taken or a request no longer awaiting a decision; {@code code}
   * is the reason and {@code errors[0].field} the input to correct.
   */
  private Response accountRequestRefused(AccountRequestRefused refused) {
    int status =
        switch (refused.reason()) {
          case TOKEN_EXPIRED -> 410;
          case EMAIL_TAKEN, NOT_AWAITING_DECISION -> 409;
          case TOKEN_INVALID, ROLE_NOT_ALLOWED, COUNTRY_UNKNOWN, CATEGORY_MISSING -> 400;
        };
    String title =
        switch (status) {
          case 410 -> "Gone";
          case 409 -> "Conflict";
          default -> "Bad Request";
        };
    return coded(status, title, refused.getMessage(), refused.reason().name(), refused.field());
  }

  /**
   * Working groups and drafts: 403 to whoever is not in the group that may see or do this, 409 for
   * a version based on an older one (with the latest number), 409/422 for refused changes with a
   * {@code code}. Null for any other failure.
   */
  private Response groupsAndDrafts(Throwable failure) {
    if (failure instanceof NotAGroupMember) {
      return problem(403, "Forbidden", "Only members of the group may see or do this.").build();
    }
    if (failure instanceof DraftChangedMeanwhile stale) {
      return Response.status(409)
          .type(PROBLEM_JSON)
          .entity(
              body(
                      409,
                      "Conflict",
                      "Someone saved version "
                          + stale.latestVersion()
                          + " since you started from version "
                          + stale.baseVersion()
                          + ". Read it, then save again from it.")
                  .add("code", "DRAFT_CHANGED_MEANWHILE")
                  .add("latestVersion", stale.latestVersion())
                  .build()
                  .toString())
          .build();
    }
    if (failure instanceof DraftRefused refused) {
      return coded(422, "Unprocessable Content", refused.getMessage(), refused.rule().name());
    }
    if (failure instanceof CommentRefused refused) {
      return refused.rule() == CommentRefused.Rule.MAY_NOT_RESOLVE
          ? coded(403, "Forbidden", refused.getMessage(), refused.rule().name())
          : coded(422, "Unprocessable Content", refused.getMessage(), refused.rule().name());
    }
    if (failure instanceof FileRefused refused) {
      return refused.rule() == FileRefused.Rule.TOO_LARGE
          ? coded(413, "Content Too Large", refused.getMessage(), refused.rule().name())
          : coded(422, "Unprocessable Content", refused.getMessage(), refused.rule().name());
    }
    if (failure instanceof GroupRefused refused) {
      boolean conflict =
          refused.rule() == GroupRefused.Rule.SLUG_TAKEN
              || refused.rule() == GroupRefused.Rule.ALREADY_MEMBER;
      return coded(
          conflict ? 409 : 422,
          conflict ? "Conflict" : "Unprocessable Content",
          refused.getMessage(),
          refused.rule().name());
    }
    return null;
  }

  private Response coded(int status, String title, String message, String code) {
    return Response.status(status)
        .type(PROBLEM_JSON)
        .entity(
            body(status, title, capitalised(message) + ".").add("code", code).build().toString())
        .build();
  }

  /**
   * A consultation's rule refused the request: 422 (CONSULTATION_CLOSED, a comment's field), 400
   * for an unusable confirmation link, 403 for someone who is not the drafter; {@code code} is the
   * rule and {@code errors[0].field} the input to correct.
   */
  private Response consultationRefused(ConsultationRefused refused) {
    int status = refused.code().status();
    String title =
        switch (refused.code()) {
          case CONSULTATION_CLOSED -> "Consultation closed";
          case NOT_THE_DRAFTER, REPORT_NOT_PUBLISHED -> "Forbidden";
          case TOKEN_INVALID -> "Bad Request";
          default -> "Unprocessable Content";
        };
    JsonObjectBuilder body =
        body(status, title, capitalised(refused.getMessage()) + ".")
            .add("code", refused.code().name());
    if (refused.field() != null) {
      body.add(
          "errors",
          Json.createArrayBuilder()
              .add(
                  Json.createObjectBuilder()
                      .add("field", refused.field())
                      .add("code", refused.code().name())
                      .add("message", refused.getMessage())));
    }
    return Response.status(status).type(PROBLEM_JSON).entity(body.build().toString()).build();
  }

  /** A bulk upload refused as a whole: each row's problem, by row number and field. */
  private Response bulkRefused(BulkRefused refused) {
    JsonArrayBuilder errors = Json.createArrayBuilder();
    for (BulkRefused.RowError error : refused.errors()) {
      JsonObjectBuilder item = Json.createObjectBuilder().add("row", error.row());
      if (error.field() != null) {
        item.add("field", error.field());
      }
      errors.add(item.add("message", error.message()));
    }
    JsonObjectBuilder body =
        body(422, "Unprocessable Content", capitalised(refused.getMessage()) + ".")
            .add("code", "ROWS_REFUSED")
            .add("rows", refused.rows())
            .add("errorCount", refused.errorCount())
            .add("errors", errors);
    return Response.status(422).type(PROBLEM_JSON).entity(body.build().toString()).build();
  }

  /**
   * A delegation change the rules refuse: 403 to whoever is not its head (nor the secretariat), 409
   * when the alternate holds a registration already, else 422; {@code rule} names the rule.
   */
  private Response delegationRefused(DelegationRefused refused) {
    int status =
        switch (refused.rule()) {
          case NOT_HEAD_OF_DELEGATION -> 403;
          case ALTERNATE_ALREADY_REGISTERED -> 409;
          default -> 422;
        };
    String title =
        switch (status) {
          case 403 -> "Forbidden";
          case 409 -> "Conflict";
          default -> "Unprocessable Content";
        };
    return Response.status(status)
        .type(PROBLEM_JSON)
        .entity(
            body(status, title, capitalised(refused.getMessage()) + ".")
                .add("rule", refused.rule().name())
                .build()
                .toString())
        .build();
  }

  /**
   * A coordination round's rule: 403 for who asks (not consulted, not the drafter), 409 for a
   * remark settled already, else 422; {@code code} is the rule and {@code errors[0].field} the
   * input.
   */
  private Response coordinationRefused(CoordinationRefused refused) {
    int status =
        refused.rule().isForbidden()
            ? 403
            : refused.rule() == CoordinationRefused.Rule.ALREADY_SETTLED ? 409 : 422;
    String title =
        switch (status) {
          case 403 -> "Forbidden";
          case 409 -> "Conflict";
          default -> "Unprocessable Content";
        };
    return coded(status, title, refused.getMessage(), refused.rule().name(), refused.field());
  }

  /** A problem with a {@code code} and, when {@code field} is set, {@code errors[0]} naming it. */
  private Response coded(int status, String title, String message, String code, String field) {
    JsonObjectBuilder body = body(status, title, capitalised(message) + ".").add("code", code);
    if (field != null) {
      body.add(
          "errors",
          Json.createArrayBuilder()
              .add(Json.createObjectBuilder().add("field", field).add("message", message)));
    }
    return Response.status(status).type(PROBLEM_JSON).entity(body.build().toString()).build();
  }
}
