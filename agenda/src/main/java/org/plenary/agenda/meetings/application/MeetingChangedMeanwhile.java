package org.plenary.agenda.meetings.application;

import jakarta.ejb.ApplicationException;

/**
 * An edit was refused because someone else changed the meeting since the editor loaded it: the
 * version the edit carries is not the meeting's. The editor should reload and redo the change.
 */
@ApplicationException(rollback = true)
public class MeetingChangedMeanwhile extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String slug;
  private final long seenVersion;

  public MeetingChangedMeanwhile(String slug, long seenVersion) {
    super(
        "someone else changed the meeting "
            + slug
            + " since version "
            + seenVersion
            + " was loaded; reload it");
    this.slug = slug;
    this.seenVersion = seenVersion;
  }

  public String slug() {
    return slug;
  }

  /** The version the refused edit was based on. */
  public long seenVersion() {
    return seenVersion;
  }
}
