package org.plenary.web.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.plenary.web.security.Problems;

/**
 * Refuses a JSON request body that says in its Content-Length that it is over the API's limit
 * before any resource runs, with the same 413 {@code BODY_TOO_LARGE} problem as {@link
 * JsonBodyGuard} (which still counts the bytes of a body sent without a length).
 *
 * <p>Without this, an operation that reads no body (an approval, a closure) would answer while the
 * client is still sending megabytes nobody reads: the client blocks on a full connection until the
 * server's idle time-out drops it, and sees a dropped connection instead of an answer. The body is
 * read and dropped (up to a bound) before the refusal, so the client reads it.
 */
@WebFilter(filterName = "BodyLimitFilter", urlPatterns = "/api/*")
public class BodyLimitFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  private final long maxBytes = JsonBodyGuard.maxBytes();

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getContentLengthLong() <= maxBytes
        || !JsonBodyGuard.isJson(request.getContentType())) {
      chain.doFilter(request, response);
      return;
    }
    JsonBodyGuard.drain(request.getInputStream(), 0);
    BodyRefused refused = JsonBodyGuard.tooLarge(maxBytes);
    Problems.write(
        response,
        refused.code().status(),
        refused.code().title(),
        refused.getMessage(),
        Map.of("instance", request.getRequestURI(), "code", refused.code().name()));
  }
}
