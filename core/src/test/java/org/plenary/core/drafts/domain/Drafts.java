package org.plenary.core.drafts.domain;

import java.time.Instant;
import java.util.List;
import org.plenary.core.groups.domain.GroupKind;
import org.plenary.core.groups.domain.WorkingGroup;

/** Drafts and versions to test with, outside any container. */
final class Drafts {
  static final Instant NOW = Instant.parse("2019-07-19T09:00:00Z");

  private Drafts() {}

  static Draft handbook() {
    return Draft.start(
        new WorkingGroup("task-force", "Task Force", GroupKind.TASK_FORCE, null, NOW),
        "Handbook",
        NOW,
        "member");
  }

  static SectionText section(String key, String heading, String body) {
    return new SectionText(key, heading, body);
  }

  static DraftVersion write(Draft draft, SectionText... sections) {
    return draft.write(
        draft.getLatestVersion(), List.of(sections), "member", "Luc Martin", null, NOW);
  }
}
