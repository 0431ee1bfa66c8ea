package org.plenary.core.drafts.domain;

import jakarta.ejb.ApplicationException;

/**
 * Someone saved a version of the draft after the one the author started from: nothing was saved,
 * and the author chooses between their text and the newer one.
 */
@ApplicationException(rollback = true)
public class DraftChangedMeanwhile extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final long draftId;
  private final int baseVersion;
  private final int latestVersion;

  public DraftChangedMeanwhile(long draftId, int baseVersion, int latestVersion) {
    super(
        "draft " + draftId + " is at version " + latestVersion + ", not at version " + baseVersion);
    this.draftId = draftId;
    this.baseVersion = baseVersion;
    this.latestVersion = latestVersion;
  }

  public long draftId() {
    return draftId;
  }

  public int baseVersion() {
    return baseVersion;
  }

  public int latestVersion() {
    return latestVersion;
  }
}
