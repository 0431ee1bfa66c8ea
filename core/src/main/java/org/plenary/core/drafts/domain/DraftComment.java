package org.plenary.core.drafts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import org.plenary.core.drafts.domain.CommentRefused.Rule;

/**
 * A comment of a group member on a draft: either a thread, opened on a version and anchored to a
 * section or a passage of it, or a reply in a thread. A thread is open until its author or a
 * coordinator resolves it, and may be reopened.
 */
@Entity
@Table(name = "draft_comment")
public class DraftComment implements Serializable {
  public static final int MAX_TEXT = 4000;

  /** Whether a thread still needs attention. */
  public enum State {
    OPEN,
    RESOLVED
  }

  @Id
  @SequenceGenerator(
      name = "draft_comment_seq",
      sequenceName = "draft_comment_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "draft_comment_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "draft_id", nullable = false, updatable = false)
  private Draft draft;

  /** The version the comment was written on. */
  @Column(name = "version_number", nullable = false, updatable = false)
  private int versionNumber;

  @Embedded private Anchor anchor;

  /** The thread a reply belongs to; null for a thread. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "thread_id", updatable = false)
  private DraftComment thread;

  @Column(name = "author", nullable = false, updatable = false)
  private String author;

  @Column(name = "author_name", nullable = false, updatable = false)
  private String authorName;

  @Column(name = "body", nullable = false, updatable = false)
  private String text;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false)
  private State state;

  @Column(name = "state_changed_at")
  private OffsetDateTime stateChangedAt;

  @Column(name = "state_changed_by")
  private String stateChangedBy;

  @Version private long version;

  protected DraftComment() {}

  private DraftComment(
      Draft draft,
      int versionNumber,
      Anchor anchor,
      DraftComment thread,
      String author,
      String authorName,
      String text,
      Instant now) {
    this.draft = Objects.requireNonNull(draft, "draft");
    this.versionNumber = versionNumber;
    this.anchor = Objects.requireNonNull(anchor, "anchor");
    this.thread = thread;
    this.author = Objects.requireNonNull(author, "author");
    this.authorName = Objects.requireNonNull(authorName, "authorName");
    this.text = text(text);
    this.createdAt = now.atOffset(ZoneOffset.UTC);
    this.state = State.OPEN;
  }

  /** Opens a thread on the version, anchored where the author pointed. */
  public static DraftComment open(
      DraftVersion version,
      Anchor anchor,
      String author,
      String authorName,
      String text,
      Instant now) {
    return new DraftComment(
        version.getDraft(), version.getNumber(), anchor, null, author, authorName, text, now);
  }

  /** A reply in this thread (a reply to a reply joins the same thread). */
  public DraftComment reply(String author, String authorName, String text, Instant now) {
    DraftComment root = thread == null ? this : thread;
    return new DraftComment(
        draft, draft.getLatestVersion(), root.anchor, root, author, authorName, text, now);
  }

  /** Marks the thread resolved or open again. */
  public void changeState(State to, String by, Instant now) {
    if (thread != null) {
      throw new CommentRefused(Rule.NOT_A_THREAD, "only a thread is resolved or reopened");
    }
    if (state != to) {
      state = to;
      stateChangedAt = now.atOffset(ZoneOffset.UTC);
      stateChangedBy = by;
    }
  }

  private static String text(String text) {
    String stripped = text == null ? "" : text.strip();
    if (stripped.isEmpty()) {
      throw new CommentRefused(Rule.TEXT_MISSING, "a comment needs a text");
    }
    if (stripped.length() > MAX_TEXT) {
      throw new CommentRefused(
          Rule.TEXT_TOO_LONG, "a comment has at most " + MAX_TEXT + " characters");
    }
    return stripped;
  }

  public Long getId() {
    return id;
  }

  public Draft getDraft() {
    return draft;
  }

  public int getVersionNumber() {
    return versionNumber;
  }

  public Anchor getAnchor() {
    return anchor;
  }

  /** The thread of a reply, or null for a thread. */
  public DraftComment getThread() {
    return thread;
  }

  public boolean isReply() {
    return thread != null;
  }

  public String getAuthor() {
    return author;
  }

  public String getAuthorName() {
    return authorName;
  }

  /** Plain text: pages escape it. */
  public String getText() {
    return text;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public State getState() {
    return state;
  }

  public boolean isResolved() {
    return state == State.RESOLVED;
  }

  public OffsetDateTime getStateChangedAt() {
    return stateChangedAt;
  }

  public String getStateChangedBy() {
    return stateChangedBy;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof DraftComment other && id != null && id.equals(other.id));
  }

  @Override
  public int hashCode() {
    return DraftComment.class.hashCode();
  }
}
