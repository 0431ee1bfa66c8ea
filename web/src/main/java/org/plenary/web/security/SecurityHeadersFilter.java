package org.plenary.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every response, error pages included.
 *
 * <p>The Content-Security-Policy set here holds what is true of every response: no plug-ins, no
 * foreign base URL, forms post only here, never framed. Faces pages get a second policy from
 * PrimeFaces ({@code primefaces.CSP} and {@code primefaces.CSP_POLICY} in web.xml) that limits
 * where scripts, styles and images come from and allows inline scripts only with the nonce of that
 * response. A browser enforces both policies, so each page is held to the stricter of the two.
 *
 * <p>What a signed-in caller is answered (a page, a JSON list with e-mail addresses, their own
 * data) is kept by no cache: neither a shared proxy nor the browser, whose back button would show
 * it again after signing out. Static resources are cached as usual; an answer that names its own
 * caching keeps it.
 */
@WebFilter(
    filterName = "SecurityHeadersFilter",
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  static final String CONTENT_SECURITY_POLICY =
      "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
  static final String PERMISSIONS_POLICY =
      "camera=(), microphone=(), geolocation=(), payment=(), usb=(), fullscreen=(self)";

  private static boolean isResource(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
    response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    if (request.getUserPrincipal() != null && !isResource(request)) {
      response.setHeader("Cache-Control", "private, no-store");
    }
    chain.doFilter(request, response);
  }
}
