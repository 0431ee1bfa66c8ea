package org.plenary.core.groups.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/** A group of people who work together on drafts, known to users by its slug. */
@Entity
@Table(name = "working_group")
public class WorkingGroup implements Serializable {
  /** Lower-case words joined by hyphens, as in {@code task-force-governance}. */
  public static final String SLUG_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

  @Id
  @SequenceGenerator(
      name = "working_group_seq",
      sequenceName = "working_group_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "working_group_seq")
  private Long id;

  @NotBlank
  @Size(max = 80)
  @Pattern(regexp = SLUG_PATTERN)
  @Column(name = "slug", nullable = false, updatable = false)
  private String slug;

  @NotBlank
  @Size(max = 200)
  @Column(name = "name", nullable = false)
  private String name;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false)
  private GroupKind kind;

  @Size(max = 2000)
  @Column(name = "description")
  private String description;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Version private long version;

  protected WorkingGroup() {}

  public WorkingGroup(
      String slug, String name, GroupKind kind, String description, Instant createdAt) {
    this.slug = Objects.requireNonNull(slug, "slug");
    this.name = Objects.requireNonNull(name, "name");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.description = description;
    this.createdAt = createdAt.atOffset(ZoneOffset.UTC);
  }

  public void describe(String name, GroupKind kind, String description) {
    this.name = Objects.requireNonNull(name, "name");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.description = description;
  }

  public Long getId() {
    return id;
  }

  public String getSlug() {
    return slug;
  }

  public String getName() {
    return name;
  }

  public GroupKind getKind() {
    return kind;
  }

  public String getDescription() {
    return description;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WorkingGroup other && slug.equals(other.slug);
  }

  @Override
  public int hashCode() {
    return slug.hashCode();
  }

  @Override
  public String toString() {
    return slug;
  }
}
