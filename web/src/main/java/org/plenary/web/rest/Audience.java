package org.plenary.web.rest;

import jakarta.annotation.Priority;
import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.logging.Logger;

/**
 * Checks each operation's {@link Callers} before anything else happens to the request: who is not
 * among them gets 401 (nobody signed in) or 403 (the wrong role) as a problem, before the body is
 * read or validated, so a refused caller learns nothing about what a valid request looks like. An
 * operation whose method and class name no callers is refused: every endpoint has an explicit
 * audience. The application services check the roles, and the finer rules (membership of a group,
 * registration for a meeting), again.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class Audience implements ContainerRequestFilter {
  private static final Logger LOG = Logger.getLogger(Audience.class.getName());
  private static final String OURS = "org.plenary.";

  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    Method method = resource.getResourceMethod();
    if (method == null || !method.getDeclaringClass().getName().startsWith(OURS)) {
      // not an operation of ours: the OpenAPI document, or the answer to OPTIONS JAX-RS gives
      // for every resource (its Allow header, which a 405 tells anyone too)
      return;
    }
    Callers callers = callers(method, resource.getResourceClass());
    if (callers == null) {
      LOG.severe(() -> "No callers declared for " + method + ": refused");
    }
    if (callers == null || !admits(callers, request.getSecurityContext())) {
      // The refusal the services give; ProblemMapper answers 401 or 403 from it.
      throw new EJBAccessException("Not among the callers of " + method.getName());
    }
  }

  /** The operation's callers, else its class's. */
  static Callers callers(Method method, Class<?> type) {
    Callers callers = method.getAnnotation(Callers.class);
    return callers != null ? callers : type.getAnnotation(Callers.class);
  }

  private static boolean admits(Callers callers, SecurityContext caller) {
    return Arrays.stream(callers.value())
        .anyMatch(
            who ->
                switch (who) {
                  case Callers.ANYONE -> true;
                  case Callers.ACCOUNTS -> caller.getUserPrincipal() != null;
                  default -> caller.isUserInRole(who);
                });
  }
}
