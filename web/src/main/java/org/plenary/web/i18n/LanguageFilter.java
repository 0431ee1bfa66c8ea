package org.plenary.web.i18n;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Applies the language switch: a page asked for with {@code ?lang=fr} (or {@code en}) is shown in
 * that language, and so is every page after it in the session. Only GET requests carry the switch,
 * so that reading the parameter never consumes a form's body.
 */
@WebFilter(filterName = "LanguageFilter", urlPatterns = "*.xhtml")
public class LanguageFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  /** The query parameter of the language switch. */
  public static final String PARAMETER = "lang";

  @Inject Language language;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if ("GET".equals(request.getMethod())) {
      String tag = request.getParameter(PARAMETER);
      if (tag != null) {
        language.select(tag);
      }
    }
    chain.doFilter(request, response);
  }
}
