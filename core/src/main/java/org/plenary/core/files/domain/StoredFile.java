package org.plenary.core.files.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.text.Normalizer;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * An uploaded file: kept on disk under {@link #getStoredName() a generated name}; its type was
 * checked by content and its original name is only metadata, sanitized, ending in the extension of
 * the checked type. Never changed once stored.
 */
@Entity
@Table(name = "stored_file")
public class StoredFile implements Serializable {
  public static final int MAX_NAME = 200;

  @Id
  @SequenceGenerator(
      name = "stored_file_seq",
      sequenceName = "stored_file_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stored_file_seq")
  private Long id;

  @Column(name = "stored_name", nullable = false, updatable = false)
  private String storedName;

  @Column(name = "original_name", nullable = false, updatable = false)
  private String originalName;

  @Enumerated(EnumType.STRING)
  @Column(name = "file_type", nullable = false, updatable = false)
  private FileType type;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long size;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  protected StoredFile() {}

  public StoredFile(
      UUID storedName, String originalName, FileType type, long size, Instant now, String by) {
    this.storedName = storedName.toString();
    this.type = Objects.requireNonNull(type, "type");
    this.originalName = displayName(originalName, type);
    this.size = size;
    this.createdAt = now.atOffset(ZoneOffset.UTC);
    this.createdBy = Objects.requireNonNull(by, "by");
  }

  /**
   * The name to show and to offer for download: the last path segment of what the client sent,
   * without control or reserved characters, at most {@value #MAX_NAME} characters, ending in the
   * checked type's extension ("document.pdf" when nothing usable is left).
   */
  public static String displayName(String original, FileType type) {
    String name = original == null ? "" : Normalizer.normalize(original, Normalizer.Form.NFC);
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.replaceAll("[\\p{Cntrl}\\p{Cf}<>:\"|?*;%]", "").replaceAll("\\s+", " ").strip();
    name = name.replaceAll("^\\.+", "");
    String extension = "." + type.extension();
    if (name.toLowerCase(Locale.ROOT).endsWith(extension)) {
      name = name.substring(0, name.length() - extension.length()).strip();
    }
    if (name.isEmpty()) {
      name = "document";
    }
    int room = MAX_NAME - extension.length();
    if (name.length() > room) {
      name = name.substring(0, Character.isHighSurrogate(name.charAt(room - 1)) ? room - 1 : room);
    }
    return name + extension;
  }

  public Long getId() {
    return id;
  }

  /** The generated name of the file in the data directory (a UUID): never shown to users. */
  public String getStoredName() {
    return storedName;
  }

  public String getOriginalName() {
    return originalName;
  }

  public FileType getType() {
    return type;
  }

  public String getContentType() {
    return type.contentType();
  }

  public long getSize() {
    return size;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }
}
