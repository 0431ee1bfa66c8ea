package org.plenary.core.groups.application;

import java.io.Serializable;
import org.plenary.core.groups.domain.GroupRole;

/** A member of a group as pages and the API list them: account, name, organisation, role. */
public class GroupMember implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String username;
  private final String name;
  private final String organisation;
  private GroupRole role;

  public GroupMember(String username, String name, String organisation, GroupRole role) {
    this.username = username;
    this.name = name;
    this.organisation = organisation;
    this.role = role;
  }

  public String getUsername() {
    return username;
  }

  public String getName() {
    return name;
  }

  public String getOrganisation() {
    return organisation;
  }

  public GroupRole getRole() {
    return role;
  }

  /** A form's choice of a new role, before it is saved with {@code WorkingGroups.assign}. */
  public void setRole(GroupRole role) {
    this.role = role;
  }
}
