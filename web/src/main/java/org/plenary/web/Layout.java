package org.plenary.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.plenary.web.i18n.LanguageFilter;

/**
 * What the page layout needs to know about the request: the address of this page in another
 * language, the sign-in link that comes back here, and which navigation entry is the current page.
 * On an error page "this page" is the address the visitor asked for, not the error page.
 */
@Named
@RequestScoped
public class Layout {
  static final String LOGIN_PAGE = "/login.xhtml";

  @Inject HttpServletRequest request;

  /** This page, in the language with the given tag. */
  public String languageUrl(String tag) {
    String query = otherParameters(queryString());
    String lang = LanguageFilter.PARAMETER + "=" + URLEncoder.encode(tag, StandardCharsets.UTF_8);
    return request.getContextPath() + path() + "?" + (query.isEmpty() ? lang : query + "&" + lang);
  }

  /** The login page, which sends the user back here afterwards (but not to itself). */
  public String getSignInUrl() {
    String here = path();
    String query = queryString();
    if (here.equals(LOGIN_PAGE) || isErrorDispatch()) {
      return request.getContextPath() + LOGIN_PAGE;
    }
    String from = query == null ? here : here + "?" + query;
    return request.getContextPath()
        + LOGIN_PAGE
        + "?from="
        + URLEncoder.encode(from, StandardCharsets.UTF_8);
  }

  /**
   * Whether someone is signed in. Asked here rather than of the session-scoped SignedInUser, which
   * would start an HTTP session for every visitor who only reads a public page.
   */
  public boolean isSignedIn() {
    return request.getRemoteUser() != null;
  }

  /** Whether this page is the one at the given path, for {@code aria-current}. */
  public boolean isCurrent(String path) {
    String here = path();
    return here.equals(path) || ("/".equals(here) && "/index.xhtml".equals(path));
  }

  private String path() {
    String uri =
        original(RequestDispatcher.ERROR_REQUEST_URI, RequestDispatcher.FORWARD_REQUEST_URI);
    if (uri == null) {
      uri = request.getRequestURI();
    }
    String path = uri.substring(Math.min(uri.length(), request.getContextPath().length()));
    return LocalPaths.local(path).orElse("/");
  }

  private String queryString() {
    if (isErrorDispatch()) {
      return null;
    }
    Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
    return forwarded != null ? forwarded.toString() : request.getQueryString();
  }

  private boolean isErrorDispatch() {
    return request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null;
  }

  private String original(String... attributes) {
    for (String attribute : attributes) {
      Object value = request.getAttribute(attribute);
      if (value != null) {
        return value.toString();
      }
    }
    return null;
  }

  /** The query string without the language switch's own parameter. */
  static String otherParameters(String query) {
    if (query == null || query.isEmpty()) {
      return "";
    }
    String prefix = LanguageFilter.PARAMETER + "=";
    return Arrays.stream(query.split("&"))
        .filter(pair -> !pair.isEmpty())
        .filter(pair -> !pair.equals(LanguageFilter.PARAMETER) && !pair.startsWith(prefix))
        .collect(Collectors.joining("&"));
  }
}
