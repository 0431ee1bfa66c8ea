package org.plenary.web.rest.drafts;

import java.util.List;
import org.plenary.core.drafts.domain.SectionText;
import org.plenary.web.rest.InvalidRequest;

/**
 * A new version (or, with a {@code title}, a new draft): the version it starts from, a change note
 * and the sections in order.
 */
public class VersionBody {
  private String title;
  private Integer baseVersion;
  private String note;
  private List<SectionBody> sections;

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public Integer getBaseVersion() {
    return baseVersion;
  }

  public void setBaseVersion(Integer baseVersion) {
    this.baseVersion = baseVersion;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public List<SectionBody> getSections() {
    return sections;
  }

  public void setSections(List<SectionBody> sections) {
    this.sections = sections;
  }

  /** The sections, each required to be present. */
  public List<SectionText> texts() {
    if (sections == null || sections.isEmpty() || sections.contains(null)) {
      throw new InvalidRequest("sections", "must list at least one section");
    }
    return sections.stream().map(SectionBody::text).toList();
  }

  public int base() {
    if (baseVersion == null || baseVersion < 1) {
      throw new InvalidRequest("baseVersion", "must be the number of the version you edited");
    }
    return baseVersion;
  }

  public String requiredTitle() {
    if (title == null || title.isBlank() || title.strip().length() > 300) {
      throw new InvalidRequest("title", "must have 1 to 300 characters");
    }
    return title;
  }
}
