package org.plenary.consultation.tracker.application;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A public draft as anyone may follow it: where it stands, its dated steps oldest first, and the
 * versions the public may read (those sent to coordination or consultation, and the adopted one),
 * oldest first. No person's name: the drafter is the group.
 */
public record PublicDraft(
    long id,
    String title,
    String group,
    String status,
    String stage,
    List<Milestone> trail,
    List<PublicVersion> versions)
    implements Serializable {

  /** A version the public may read, and when it was written. */
  public record PublicVersion(int number, OffsetDateTime createdAt) implements Serializable {}

  /** The newest version the public may read, if any. */
  public Integer latestVersion() {
    return versions.isEmpty() ? null : versions.get(versions.size() - 1).number();
  }

  /** The public version before {@code number}, to compare with; null for the first. */
  public Integer versionBefore(int number) {
    Integer before = null;
    for (PublicVersion version : versions) {
      if (version.number() >= number) {
        break;
      }
      before = version.number();
    }
    return before;
  }

  public boolean isPublicVersion(int number) {
    return versions.stream().anyMatch(v -> v.number() == number);
  }
}
