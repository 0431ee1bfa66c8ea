package org.plenary.core.privacy.application;

import jakarta.json.JsonValue;
import java.time.OffsetDateTime;

/**
 * One module's personal data: what it holds about a person, and how it forgets who they were.
 * Implementations are EJBs found by {@link Privacy}; they run in its transaction.
 */
public interface PersonalData {
  /** The name of this part in the download, such as {@code "registrations"}. */
  String part();

  /** Everything this part holds about the person. */
  JsonValue export(DataSubject subject);

  /**
   * Removes what identifies the person (names, e-mail addresses, free-text needs), keeping what
   * reports and statistics count (a comment's text and category, a rating, a seat taken).
   */
  void erase(DataSubject subject);

  /**
   * Deletes the submissions sent before {@code cutoff} whose sender never confirmed their e-mail
   * address (they were never published); returns how many.
   */
  default int expireUnconfirmed(OffsetDateTime cutoff) {
    return 0;
  }
}
