package org.plenary.agenda.feedback.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;

/** One free-text answer or comment, with who wrote it and when. */
public record FreeText(String author, String text, Instant at) implements Serializable {
  /** From a query row of (author's name, text, time as stored). */
  static FreeText of(Object[] row) {
    return new FreeText((String) row[0], (String) row[1], ((OffsetDateTime) row[2]).toInstant());
  }
}
