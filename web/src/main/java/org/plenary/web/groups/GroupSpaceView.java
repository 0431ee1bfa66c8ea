package org.plenary.web.groups;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.plenary.agenda.meetings.application.GroupMeeting;
import org.plenary.agenda.meetings.application.GroupMeetings;
import org.plenary.core.drafts.application.Drafts;
import org.plenary.core.drafts.domain.Draft;
import org.plenary.core.drafts.domain.DraftRefused;
import org.plenary.core.drafts.domain.DraftVersion;
import org.plenary.core.drafts.domain.SectionText;
import org.plenary.core.groups.application.GroupMember;
import org.plenary.core.groups.application.WorkingGroups;
import org.plenary.core.groups.domain.GroupRole;
import org.plenary.core.groups.domain.WorkingGroup;
import org.primefaces.model.LazyDataModel;

/**
 * A group's space (/groups/space.xhtml?group=slug): its members with their roles, its meetings, its
 * drafts, what was saved lately, and starting a draft. Only the group's members see it.
 */
@Named
@ViewScoped
public class GroupSpaceView implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int ACTIVITY = 10;

  @Inject WorkingGroups groups;
  @Inject Drafts drafts;
  @Inject GroupMeetings meetings;
  @Inject FacesContext faces;

  private String group;
  private WorkingGroup workingGroup;
  private List<GroupMember> members = List.of();
  private GroupRole role;
  private List<DraftVersion> activity = List.of();
  private LazyDataModel<Draft> groupDrafts;
  private LazyDataModel<GroupMeeting> groupMeetings;

  private String title;
  private String heading;
  private String body;

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
          role = groups.roleOfCaller(workingGroup).orElse(null);
          activity = drafts.recentVersions(group, ACTIVITY);
        });
  }

  /** Starts a draft with its first section, then opens it. */
  public void startDraft() {
    try {
      Draft draft = drafts.start(group, title, List.of(new SectionText(null, heading, body)), null);
      Pages.redirect(faces, "/groups/draft.xhtml?draft=" + draft.getId());
    } catch (DraftRefused refused) {
      Pages.error(faces, null, "drafts.rule." + refused.rule().name());
    }
  }

  public LazyDataModel<Draft> getDrafts() {
    if (groupDrafts == null) {
      Drafts service = drafts;
      String slug = group;
      groupDrafts =
          new PagedList<>(
              (first, size) -> service.draftsOf(slug, first, size),
              () -> service.countDraftsOf(slug),
              Draft::getId);
    }
    return groupDrafts;
  }

  /** The meetings the group holds (drafts too: only the secretariat and members get here). */
  public LazyDataModel<GroupMeeting> getMeetings() {
    if (groupMeetings == null) {
      GroupMeetings service = meetings;
      String slug = group;
      groupMeetings =
          new PagedList<>(
              (first, size) -> service.meetingsOf(slug, first, size),
              () -> service.countMeetingsOf(slug),
              GroupMeeting::getSlug);
    }
    return groupMeetings;
  }

  public boolean isMayStartDraft() {
    return role != null && role.mayEdit();
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

  public GroupRole getRole() {
    return role;
  }

  public List<DraftVersion> getActivity() {
    return activity;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getHeading() {
    return heading;
  }

  public void setHeading(String heading) {
    this.heading = heading;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }
}
