package org.plenary.core.notifications.domain;

/** What a notification is about. */
public enum NotificationKind {
  /** Someone saved a new version of a draft of one of your groups. */
  DRAFT_VERSION,
  /** Someone replied in a comment thread you opened. */
  COMMENT_REPLY
}
