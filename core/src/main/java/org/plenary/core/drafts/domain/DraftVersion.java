package org.plenary.core.drafts.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.plenary.core.files.domain.StoredFile;

/**
 * A saved state of a draft: version 1, 2, 3... with its author, date, change note and sections in
 * order. Never changed once saved (no setters, columns not updatable).
 */
@Entity
@Table(name = "draft_version")
public class DraftVersion implements Serializable {
  @Id
  @SequenceGenerator(
      name = "draft_version_seq",
      sequenceName = "draft_version_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "draft_version_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "draft_id", nullable = false, updatable = false)
  private Draft draft;

  @Column(name = "number", nullable = false, updatable = false)
  private int number;

  /** The author's user name. */
  @Column(name = "author", nullable = false, updatable = false)
  private String author;

  @Column(name = "author_name", nullable = false, updatable = false)
  private String authorName;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "change_note", updatable = false)
  private String changeNote;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "draft_section", joinColumns = @JoinColumn(name = "version_id"))
  @OrderColumn(name = "position")
  private List<DraftSection> sections = new ArrayList<>();

  /** The document uploaded with this version or an earlier one, if any (PDF, DOCX or ODT). */
  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "file_id", updatable = false)
  private StoredFile file;

  protected DraftVersion() {}

  DraftVersion(
      Draft draft,
      int number,
      String author,
      String authorName,
      String changeNote,
      Instant createdAt,
      List<DraftSection> sections,
      StoredFile file) {
    this.draft = draft;
    this.file = file;
    this.number = number;
    this.author = author;
    this.authorName = authorName;
    this.changeNote = changeNote;
    this.createdAt = createdAt.atOffset(ZoneOffset.UTC);
    this.sections = new ArrayList<>(sections);
  }

  public Long getId() {
    return id;
  }

  public Draft getDraft() {
    return draft;
  }

  public int getNumber() {
    return number;
  }

  public String getAuthor() {
    return author;
  }

  public String getAuthorName() {
    return authorName;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public String getChangeNote() {
    return changeNote;
  }

  /** The sections in order; section n is at index n - 1. */
  public List<DraftSection> getSections() {
    return List.copyOf(sections);
  }

  /** The version's document, or null when it has only sections. */
  public StoredFile getFile() {
    return file;
  }

  public Optional<DraftSection> section(String key) {
    return sections.stream().filter(s -> s.getKey().equals(key)).findFirst();
  }

  /** The sections as an author would submit them again, keys included. */
  public List<SectionText> texts() {
    return sections.stream()
        .map(s -> new SectionText(s.getKey(), s.getHeading(), s.getBody()))
        .toList();
  }
}
