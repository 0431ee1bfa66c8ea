package org.plenary.web.rest;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import org.plenary.core.shared.Jsons;
import org.plenary.web.security.RateLimits;

/**
 * Applies the rate limits to {@link Throttled} operations once the caller is known and before the
 * body is read: a client over the limit gets 429 with {@code Retry-After} in seconds. A comment
 * from a signed-in account is not limited (the account answers for it).
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 10)
public class Throttle implements ContainerRequestFilter {
  @Context ResourceInfo resource;
  @Context HttpServletRequest servletRequest;
  @Inject RateLimits limits;

  @Override
  public void filter(ContainerRequestContext request) {
    Method method = resource.getResourceMethod();
    Throttled throttled = method == null ? null : method.getAnnotation(Throttled.class);
    if (throttled == null
        || (throttled.value() == RateLimits.Action.ANONYMOUS_COMMENT
            && request.getSecurityContext().getUserPrincipal() != null)) {
      return;
    }
    limits
        .admit(throttled.value(), servletRequest)
        .ifPresent(
            wait -> {
              long seconds = RateLimits.seconds(wait);
              request.abortWith(
                  Response.status(429)
                      .header(HttpHeaders.RETRY_AFTER, seconds)
                      .type(ProblemMapper.PROBLEM_JSON)
                      .entity(
                          Jsons.object()
                              .add("type", "about:blank")
                              .add("title", "Too Many Requests")
                              .add("status", 429)
                              .add(
                                  "detail",
                                  "Too many requests of this kind from your connection. Try again"
                                      + " in "
                                      + seconds
                                      + " seconds.")
                              .add("retryAfter", seconds)
                              .build()
                              .toString())
                      .build());
            });
  }
}
