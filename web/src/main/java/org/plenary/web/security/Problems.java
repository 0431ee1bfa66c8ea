package org.plenary.web.security;

import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import org.plenary.core.shared.Jsons;

/**
 * Writes an RFC 9457 problem body outside JAX-RS (authentication and servlet filters run before
 * it).
 */
public final class Problems {
  private Problems() {}

  public static void write(HttpServletResponse response, int status, String title, String detail)
      throws IOException {
    write(response, status, title, detail, Map.of());
  }

  /** The problem with further members, such as {@code instance} and {@code code}. */
  public static void write(
      HttpServletResponse response,
      int status,
      String title,
      String detail,
      Map<String, String> members)
      throws IOException {
    JsonObjectBuilder problem =
        Jsons.object()
            .add("type", "about:blank")
            .add("title", title)
            .add("status", status)
            .add("detail", detail);
    members.forEach(problem::add);
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    try (Writer out = response.getWriter()) {
      out.write(problem.build().toString());
    }
  }
}
