package org.plenary.web.security;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;

/** Writes an RFC 9457 problem body outside JAX-RS (authentication happens before it). */
final class Problems {
  private Problems() {}

  static void write(HttpServletResponse response, int status, String title, String detail)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    try (Writer out = response.getWriter()) {
      out.write(
          Json.createObjectBuilder()
              .add("type", "about:blank")
              .add("title", title)
              .add("status", status)
              .add("detail", detail)
              .build()
              .toString());
    }
  }
}
