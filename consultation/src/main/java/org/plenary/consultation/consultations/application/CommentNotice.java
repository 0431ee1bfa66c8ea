package org.plenary.consultation.consultations.application;

import java.util.Locale;
import java.util.Objects;

/**
 * The mail someone who commented without signing in gets: a link (carrying the single-use {@code
 * token}) that publishes their comment. Fired inside the transaction that stored the comment; the
 * interface words it in the person's language.
 */
public record CommentNotice(
    String to, String name, Locale language, String token, long consultationId, String title) {
  public CommentNotice {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(token, "token");
  }
}
