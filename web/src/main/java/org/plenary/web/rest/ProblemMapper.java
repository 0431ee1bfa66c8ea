package org.plenary.web.rest;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenary.agenda.meetings.application.MeetingChangedMeanwhile;
import org.plenary.agenda.meetings.domain.AgendaRuleViolation;
import org.plenary.consultation.consultations.domain.BulkRefused;
import org.plenary.core.drafts.domain.DraftChangedMeanwhile;
import org.plenary.core.groups.domain.NotAGroupMember;
import org.plenary.core.shared.Jsons;
import org.plenary.core.shared.NotFoundException;
import org.plenary.core.shared.Refusal;
import org.plenary.web.errors.Causes;
import org.plenary.web.errors.Collisions;

/**
 * Turns every failure of the REST API into an RFC 9457 problem body ({@code
 * application/problem+json}) with a status a client can act on. Unexpected failures are logged with
 * an incident id that the body repeats; no stack trace ever reaches the client.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {
  public static final String PROBLEM_JSON = "application/problem+json";
  private static final Pattern JSON_PROPERTY =
      Pattern.compile("deserialize property '([A-Za-z][A-Za-z0-9_]{0,63})'");
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
    if (failure instanceof BulkRefused refused) {
      return bulkRefused(refused);
    }
    if (failure instanceof Refusal refused) {
      return refusal(refused);
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
      return changedMeanwhile(
          isMeeting(collided.getEntity()) ? "MEETING_CHANGED_MEANWHILE" : "CHANGED_MEANWHILE",
          "Someone else changed this at the same time. Reload it and make your change again.");
    }
    if (Collisions.savedTwice(thrown)) {
      return changedMeanwhile(
          "CHANGED_MEANWHILE",
          "The same thing was saved by another request at the same time. Read it again and make"
              + " your change again.");
    }
    if (failure instanceof AgendaRuleViolation violation) {
      return ruleViolation(violation);
    }
    if (failure instanceof ConstraintViolationException invalid) {
      return invalid(invalid);
    }
    if (failure instanceof InvalidRequest invalid) {
      return invalidRequest(invalid);
    }
    if (failure instanceof JsonbException || causedBy(thrown, JsonbException.class)) {
      String property = jsonProperty(thrown);
      if (property != null) {
        return invalidRequest(new InvalidRequest(property, "is not a value of its type"));
      }
      return problem(400, "Bad Request", "The request body is not valid JSON for this resource.")
          .build();
    }
    String parameter = queryParameter(failure);
    if (parameter != null) {
      return invalidRequest(new InvalidRequest(parameter, "is not a value this parameter takes"));
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

  /** 409: two requests saved the same thing at once (Collisions); the caller reads and redoes. */
  private Response changedMeanwhile(String code, String detail) {
    return Response.status(409)
        .type(PROBLEM_JSON)
        .entity(body(409, "Conflict", detail).add("code", code).build().toString())
        .build();
  }

  private Response invalidRequest(InvalidRequest invalid) {
    JsonArrayBuilder errors =
        Jsons.array()
            .add(Jsons.object().add("field", invalid.field()).add("message", invalid.getMessage()));
    return Response.status(400)
        .type(PROBLEM_JSON)
        .entity(
            body(400, "Bad Request", invalid.field() + " " + invalid.getMessage() + ".")
                .add("errors", errors)
                .build()
                .toString())
        .build();
  }

  /**
   * The name of the query parameter Jersey could not convert to its type ("size=abc"), or null.
   * JAX-RS answers that with 404, as if the address did not exist; it is the value that is wrong.
   * Jersey's exception is read by name, as its class is Payara's, not the API's.
   */
  private static String queryParameter(Throwable failure) {
    if (!(failure instanceof WebApplicationException)
        || !failure.getClass().getName().endsWith("ParamException$QueryParamException")) {
      return null;
    }
    try {
      return (String) failure.getClass().getMethod("getParameterName").invoke(failure);
    } catch (ReflectiveOperationException | ClassCastException notJerseys) {
      return null;
    }
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private Response invalid(ConstraintViolationException invalid) {
    JsonArrayBuilder errors = Jsons.array();
    invalid.getConstraintViolations().stream()
        .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
        .forEach(
            v -> errors.add(Jsons.object().add("field", field(v)).add("message", v.getMessage())));
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
    // a meeting's id taken already is the state moving on, as everywhere in the API (409); the
    // rest are rules the input breaks (422)
    boolean taken = violation.rule() == AgendaRuleViolation.Rule.SLUG_TAKEN;
    int status = taken ? 409 : 422;
    JsonObjectBuilder error =
        Jsons.object().add("code", violation.rule().name()).add("message", violation.getMessage());
    if (violation.field() != null) {
      error.add("field", violation.field());
    } else if (taken) {
      error.add("field", "id");
    }
    if (violation.itemKey() != null) {
      error.add("item", violation.itemKey());
    }
    JsonObjectBuilder arguments = Jsons.object();
    violation.arguments().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(argument -> arguments.add(argument.getKey(), argument.getValue()));
    error.add("arguments", arguments);
    return Response.status(status)
        .type(PROBLEM_JSON)
        .entity(
            body(status, taken ? "Conflict" : "Unprocessable Content", violation.getMessage() + ".")
                .add("code", violation.rule().name())
                .add("errors", Jsons.array().add(error))
                .build()
                .toString())
        .build();
  }

  /**
   * The body's property that JSON-B could not bind to its type ({"seats":"many"}), as Yasson names
   * it in its message ("Unable to deserialize property 'seats' because of: ..."), the innermost one
   * for a nested body; null when no message names one.
   */
  static String jsonProperty(Throwable thrown) {
    String property = null;
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      Matcher named = JSON_PROPERTY.matcher(String.valueOf(cause.getMessage()));
      while (named.find()) {
        property = named.group(1);
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return property;
  }

  private static boolean causedBy(Throwable thrown, Class<? extends Throwable> type) {
    return cause(thrown, type) != null;
  }

  /** The first throwable of this type in the chain of causes, or null. */
  private static <T extends Throwable> T cause(Throwable thrown, Class<T> type) {
    return Causes.first(thrown, type).orElse(null);
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
        Jsons.object()
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
   * Working groups and drafts: 403 to whoever is not in the group that may see or do this, 409 for
   * a version based on an older one (with the latest number). Null for any other failure.
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
    return null;
  }

  /**
   * A rule of Plenary refused the request: the status says what sort of refusal (403 not for this
   * caller, 409 the state has moved on, 410 expired, 413 too large, 400 unusable input, else 422),
   * {@code code} names the rule (a client words it in its own language) and {@code errors[0].field}
   * the input to correct, when there is one.
   */
  private Response refusal(Refusal refused) {
    int status =
        switch (refused.kind()) {
          case MALFORMED -> 400;
          case NOT_ALLOWED -> 403;
          case CONFLICT -> 409;
          case GONE -> 410;
          case TOO_LARGE -> 413;
          case INVALID -> 422;
        };
    String code = refused.reason().name();
    JsonObjectBuilder body =
        body(status, title(status), capitalised(refused.getMessage()) + ".").add("code", code);
    if (refused.field() != null) {
      body.add(
          "errors",
          Jsons.array()
              .add(
                  Jsons.object()
                      .add("field", refused.field())
                      .add("code", code)
                      .add("message", refused.getMessage())));
    }
    return Response.status(status).type(PROBLEM_JSON).entity(body.build().toString()).build();
  }

  private static String title(int status) {
    return switch (status) {
      case 400 -> "Bad Request";
      case 403 -> "Forbidden";
      case 409 -> "Conflict";
      case 410 -> "Gone";
      case 413 -> "Content Too Large";
      default -> "Unprocessable Content";
    };
  }

  /** A bulk upload refused as a whole: each row's problem, by row number and field. */
  private Response bulkRefused(BulkRefused refused) {
    JsonArrayBuilder errors = Jsons.array();
    for (BulkRefused.RowError error : refused.errors()) {
      JsonObjectBuilder item = Jsons.object().add("row", error.row());
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
}
