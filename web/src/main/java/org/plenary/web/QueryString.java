package org.plenary.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The query string of a link that carries a list's filters to its export (a CSV download): each
 * parameter given a value, encoded; none for blank values.
 */
public final class QueryString {
  private final StringBuilder query = new StringBuilder();

  /** Adds the parameter when the value is not blank. */
  public QueryString add(String name, String value) {
    if (value != null && !value.isBlank()) {
      query
          .append(query.isEmpty() ? '?' : '&')
          .append(name)
          .append('=')
          .append(URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
    }
    return this;
  }

  /** "?a=1&b=2", or "" without parameters. */
  @Override
  public String toString() {
    return query.toString();
  }
}
