package org.plenary.web.secretariat.groups;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.plenary.core.groups.application.GroupMember;
import org.plenary.core.groups.application.WorkingGroups;
import org.plenary.core.groups.domain.GroupRefused;
import org.plenary.core.groups.domain.GroupRole;
import org.plenary.core.groups.domain.WorkingGroup;
import org.plenary.web.groups.Pages;

/**
 * Who is in a group (/secretariat/groups/edit.xhtml?group=slug): add an account in a role, change a
 * member's role, take a member out. Every change goes to the audit log.
 */
@Named
@ViewScoped
public class GroupAdminEditView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject WorkingGroups groups;
  @Inject FacesContext faces;

  private String group;
  private WorkingGroup workingGroup;
  private List<GroupMember> members = List.of();
  private String username;
  private GroupRole role = GroupRole.MEMBER;

  public void load() {
    if (faces.isPostback()) {
      return;
    }
    Pages.loadOrRefuse(
        faces,
        () -> {
          if (group == null || group.isBlank()) {
            throw new IllegalArgumentException("no group");
          }
          workingGroup = groups.get(group);
          members = groups.members(group);
        });
  }

  public void add() {
    try {
      groups.admit(group, username, role);
      info("secretariat.groups.added", username);
      username = null;
      role = GroupRole.MEMBER;
    } catch (GroupRefused refused) {
      Pages.error(faces, "addForm:username", "group.rule." + refused.rule().name());
    }
    members = groups.members(group);
  }

  public void changeRole(GroupMember member) {
    groups.assign(group, member.getUsername(), member.getRole());
    info("secretariat.groups.changed", member.getName());
    members = groups.members(group);
  }

  public void remove(GroupMember member) {
    groups.remove(group, member.getUsername());
    info("secretariat.groups.removed", member.getName());
    members = groups.members(group);
  }

  private void info(String key, String who) {
    Pages.message(faces, null, FacesMessage.SEVERITY_INFO, Pages.text(faces, key, who));
  }

  public List<GroupRole> getRoles() {
    return List.of(GroupRole.values());
  }

  public String getGroup() {
    return group;
  }

  public void setGroup(String group) {
    this.group = group;
  }

  public WorkingGroup getWorkingGroup() {
    return workingGroup;
  }

  public List<GroupMember> getMembers() {
    return members;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public GroupRole getRole() {
    return role;
  }

  public void setRole(GroupRole role) {
    this.role = role;
  }
}
