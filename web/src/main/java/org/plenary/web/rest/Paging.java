package org.plenary.web.rest;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.plenary.core.shared.Jsons;

/**
 * The {@code first} and {@code size} query parameters of a paged list, checked. (Bean Validation
 * annotations on query parameters break Payara's OpenAPI generator, so the check lives here.)
 */
public record Paging(int first, int size) {
  public static Paging of(int first, int size, int maxSize) {
    if (first < 0) {
      throw new InvalidRequest("first", "must be 0 or more");
    }
    if (size < 1 || size > maxSize) {
      throw new InvalidRequest("size", "must be between 1 and " + maxSize);
    }
    return new Paging(first, size);
  }

  /** This page as the API writes a list: {@code total}, {@code first} and {@code items}. */
  public JsonObjectBuilder page(long total, JsonArrayBuilder items) {
    return Jsons.object().add("total", total).add("first", first).add("items", items);
  }
}
