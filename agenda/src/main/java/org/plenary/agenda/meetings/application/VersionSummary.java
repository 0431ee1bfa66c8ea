package org.plenary.agenda.meetings.application;

import java.time.Instant;
import java.time.OffsetDateTime;

/** A published version of an agenda as the history lists it: number, label and when. */
public record VersionSummary(int number, String label, Instant publishedAt) {
  /** For JPQL constructor expressions, which read the UTC timestamp as stored. */
  public VersionSummary(int number, String label, OffsetDateTime publishedAt) {
    this(number, label, publishedAt.toInstant());
  }
}
