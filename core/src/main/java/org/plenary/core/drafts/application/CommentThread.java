package org.plenary.core.drafts.application;

import java.io.Serializable;
import java.util.List;
import org.plenary.core.drafts.domain.DraftComment;

/** A comment thread with its replies, oldest first. */
public class CommentThread implements Serializable {
  private final DraftComment comment;
  private final List<DraftComment> replies;

  public CommentThread(DraftComment comment, List<DraftComment> replies) {
    this.comment = comment;
    this.replies = List.copyOf(replies);
  }

  /** The comment that opened the thread: its anchor, state and first text. */
  public DraftComment getComment() {
    return comment;
  }

  public List<DraftComment> getReplies() {
    return replies;
  }
}
