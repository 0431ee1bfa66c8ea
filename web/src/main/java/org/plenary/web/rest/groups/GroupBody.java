package org.plenary.web.rest.groups;

/** A new group: slug, name, kind (THEMATIC_GROUP, TASK_FORCE, COMMITTEE, WORKING_GROUP). */
public class GroupBody {
  private String slug;
  private String name;
  private String kind;
  private String description;

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }
}
