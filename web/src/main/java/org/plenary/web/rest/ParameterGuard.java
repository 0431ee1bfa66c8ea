package org.plenary.web.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import org.plenary.web.security.UnsafeText;

/**
 * Refuses a path or query parameter that holds a control character or broken Unicode (decoded from
 * its percent-encoding), as a 400 problem naming the parameter, before the operation runs: the same
 * rule {@link JsonBodyGuard} applies to the texts of a body. Without it a {@code %00} in an
 * identifier or a search reaches PostgreSQL, which refuses NUL in text with an error instead of an
 * answer. Runs after {@link Audience}, so a refused caller learns nothing from it.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 100)
public class ParameterGuard implements ContainerRequestFilter {
  static final String MESSAGE =
      "must not contain control characters (other than tab and line breaks) or broken Unicode";

  @Override
  public void filter(ContainerRequestContext request) {
    check(request.getUriInfo().getPathParameters());
    check(request.getUriInfo().getQueryParameters());
  }

  private static void check(MultivaluedMap<String, String> parameters) {
    for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
      if (UnsafeText.isUnsafe(parameter.getKey())) {
        throw new InvalidRequest("parameter", MESSAGE);
      }
      for (String value : parameter.getValue()) {
        if (value != null && UnsafeText.isUnsafe(value)) {
          throw new InvalidRequest(parameter.getKey(), MESSAGE);
        }
      }
    }
  }
}
