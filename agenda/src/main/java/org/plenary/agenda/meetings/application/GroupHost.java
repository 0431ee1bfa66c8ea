package org.plenary.agenda.meetings.application;

/** The working group that holds a meeting, as the meeting's page links to its space. */
public final class GroupHost {
  private final String slug;
  private final String name;

  public GroupHost(String slug, String name) {
    this.slug = slug;
    this.name = name;
  }

  public String getSlug() {
    return slug;
  }

  public String getName() {
    return name;
  }
}
