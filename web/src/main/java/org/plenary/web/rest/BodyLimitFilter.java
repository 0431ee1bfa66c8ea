package org.plenary.web.rest;

import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;

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
    response.setStatus(refused.code().status());
    response.setContentType(ProblemMapper.PROBLEM_JSON);
    response.setCharacterEncoding("UTF-8");
    try (Writer out = response.getWriter()) {
      out.write(
          Json.createObjectBuilder()
              .add("type", "about:blank")
              .add("title", refused.code().title())
              .add("status", refused.code().status())
              .add("detail", refused.getMessage())
              .add("instance", request.getRequestURI())
              .add("code", refused.code().name())
              .build()
              .toString());
    }
  }
}
