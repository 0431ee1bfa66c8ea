package org.plenary.core.drafts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/**
 * One section of a version: a heading and a body of sanitized HTML. Its key ({@code s1}, {@code
 * s2}...) stays with the section from version to version; its number is its place in the version.
 */
@Embeddable
public class DraftSection implements Serializable {
  public static final int MAX_HEADING = 300;
  public static final int MAX_BODY = 1_000_000;

  @Column(name = "section_key", nullable = false, updatable = false)
  private String key;

  @Column(name = "heading", nullable = false, updatable = false, length = MAX_HEADING)
  private String heading;

  @Column(name = "body", nullable = false, updatable = false, length = MAX_BODY)
  private String body;

  protected DraftSection() {}

  DraftSection(String key, String heading, String body) {
    this.key = Objects.requireNonNull(key, "key");
    this.heading = Objects.requireNonNull(heading, "heading");
    this.body = Objects.requireNonNull(body, "body");
  }

  public String getKey() {
    return key;
  }

  public String getHeading() {
    return heading;
  }

  /** Sanitized HTML, safe to render as it is. */
  public String getBody() {
    return body;
  }

  /** The body's words without markup, as comparisons read them. */
  public String getPlainText() {
    return RichText.plainText(body);
  }
}
