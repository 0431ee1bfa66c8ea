package org.plenary.core.drafts.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.plenary.core.drafts.domain.DraftRefused.Rule;
import org.plenary.core.files.domain.StoredFile;
import org.plenary.core.groups.domain.WorkingGroup;

/**
 * A document a working group writes together. Its text lives in numbered, immutable versions
 * ({@link DraftVersion}); the draft itself knows the latest number, its status and the trail of
 * status changes.
 */
@Entity
@Table(name = "draft")
public class Draft implements Serializable {
  public static final int MAX_TITLE = 300;
  public static final int MAX_NOTE = 500;
  private static final Pattern KEY = Pattern.compile("s([1-9][0-9]{0,8})");

  @Id
  @SequenceGenerator(name = "draft_seq", sequenceName = "draft_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "draft_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "group_id", nullable = false, updatable = false)
  private WorkingGroup group;

  @Column(name = "title", nullable = false)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private DraftStatus status;

  @Column(name = "latest_version", nullable = false)
  private int latestVersion;

  @Column(name = "last_section_key", nullable = false)
  private int lastSectionKey;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "draft_status_change", joinColumns = @JoinColumn(name = "draft_id"))
  @OrderColumn(name = "position")
  private List<StatusChange> trail = new ArrayList<>();

  @Version private long version;

  protected Draft() {}

  private Draft(WorkingGroup group, String title, Instant now, String actor) {
    this.group = Objects.requireNonNull(group, "group");
    this.title = title(title);
    this.status = DraftStatus.WORKING_DRAFT;
    this.createdAt = now.atOffset(ZoneOffset.UTC);
    this.trail.add(new StatusChange(DraftStatus.WORKING_DRAFT, now, actor));
  }

  /** A new working draft of the group, private to it, without versions yet. */
  public static Draft start(WorkingGroup group, String title, Instant now, String actor) {
    return new Draft(group, title, now, actor);
  }

  /**
   * Saves the author's sections as the next version, provided nobody saved one since the version
   * the author started from ({@code baseVersion}, 0 for the first). Bodies are sanitized; sections
   * without a known key get a new one.
   *
   * @throws DraftChangedMeanwhile when {@code baseVersion} is not the latest version
   */
  public DraftVersion write(
      int baseVersion,
      List<SectionText> sections,
      String author,
      String authorName,
      String note,
      Instant now) {
    return write(baseVersion, sections, author, authorName, note, now, null);
  }

  /**
   * Saves the sections and the document {@code file} (null for none) as the next version, as {@link
   * #write(int, List, String, String, String, Instant)} does.
   */
  public DraftVersion write(
      int baseVersion,
      List<SectionText> sections,
      String author,
      String authorName,
      String note,
      Instant now,
      StoredFile file) {
    if (status == DraftStatus.FINAL) {
      throw new DraftRefused(Rule.DRAFT_IS_FINAL, "a final draft gets no new versions");
    }
    if (baseVersion != latestVersion) {
      throw new DraftChangedMeanwhile(id == null ? 0 : id, baseVersion, latestVersion);
    }
    if (sections == null || sections.isEmpty()) {
      throw new DraftRefused(Rule.NO_SECTIONS, "a version needs at least one section");
    }
    String changeNote = note == null || note.isBlank() ? null : note.strip();
    if (changeNote != null && changeNote.length() > MAX_NOTE) {
      throw new DraftRefused(Rule.NOTE_TOO_LONG, "the change note is too long");
    }
    List<DraftSection> kept = new ArrayList<>();
    Set<String> used = new HashSet<>();
    for (SectionText section : sections) {
      String heading = section.heading() == null ? "" : section.heading().strip();
      if (heading.isEmpty()) {
        throw new DraftRefused(Rule.HEADING_MISSING, "every section needs a heading");
      }
      if (heading.length() > DraftSection.MAX_HEADING) {
        throw new DraftRefused(Rule.HEADING_TOO_LONG, "a heading is too long");
      }
      String body = RichText.sanitize(section.body());
      if (body.length() > DraftSection.MAX_BODY) {
        throw new DraftRefused(Rule.BODY_TOO_LONG, "a section's text is too long");
      }
      String key = knownKey(section.key());
      if (key == null || !used.add(key)) {
        key = "s" + ++lastSectionKey;
        used.add(key);
      }
      kept.add(new DraftSection(key, heading, body));
    }
    latestVersion++;
    return new DraftVersion(this, latestVersion, author, authorName, changeNote, now, kept, file);
  }

  private String knownKey(String key) {
    if (key == null) {
      return null;
    }
    var matcher = KEY.matcher(key);
    return matcher.matches() && Integer.parseInt(matcher.group(1)) <= lastSectionKey ? key : null;
  }

  /** A coordinator lets every delegate read the draft. */
  public void shareWithDelegates(Instant now, String actor) {
    move(DraftStatus.SHARED_WITH_DELEGATES, Set.of(DraftStatus.WORKING_DRAFT), now, actor);
  }

  /** A version of the draft goes to coordination or public consultation. */
  public void openConsultation(Instant now, String actor) {
    move(
        DraftStatus.IN_CONSULTATION,
        Set.of(DraftStatus.WORKING_DRAFT, DraftStatus.SHARED_WITH_DELEGATES),
        now,
        actor);
  }

  /** The draft is adopted; it gets no further versions. */
  public void finalise(Instant now, String actor) {
    move(
        DraftStatus.FINAL,
        Set.of(
            DraftStatus.WORKING_DRAFT,
            DraftStatus.SHARED_WITH_DELEGATES,
            DraftStatus.IN_CONSULTATION),
        now,
        actor);
  }

  private void move(DraftStatus to, Set<DraftStatus> from, Instant now, String actor) {
    if (latestVersion == 0 || !from.contains(status)) {
      throw new DraftRefused(
          Rule.STATUS_CANNOT_CHANGE, "a draft cannot go from " + status + " to " + to);
    }
    status = to;
    trail.add(new StatusChange(to, now, actor));
  }

  private static String title(String title) {
    String stripped = Objects.requireNonNull(title, "title").strip();
    if (stripped.isEmpty() || stripped.length() > MAX_TITLE) {
      throw new IllegalArgumentException("a title has 1 to " + MAX_TITLE + " characters");
    }
    return stripped;
  }

  public Long getId() {
    return id;
  }

  public WorkingGroup getGroup() {
    return group;
  }

  public String getTitle() {
    return title;
  }

  public DraftStatus getStatus() {
    return status;
  }

  public int getLatestVersion() {
    return latestVersion;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  /** Every status the draft entered, oldest first. */
  public List<StatusChange> getTrail() {
    return List.copyOf(trail);
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof Draft other && id != null && id.equals(other.id));
  }

  @Override
  public int hashCode() {
    return Draft.class.hashCode();
  }
}
