package org.plenary.agenda.meetings.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * A published version of an agenda as the history lists it: number, label, when and by whom (the
 * account's name; null for versions published at start-up or before this was recorded).
 */
public record VersionSummary(int number, String label, Instant publishedAt, String publishedBy)
    implements Serializable {
  /** For JPQL constructor expressions, which read the UTC timestamp as stored. */
  public VersionSummary(int number, String label, OffsetDateTime publishedAt, String publishedBy) {
    this(number, label, publishedAt.toInstant(), publishedBy);
  }
}
