package org.plenary.web.secretariat.groups;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.plenary.core.groups.application.WorkingGroups;
import org.plenary.core.groups.application.WorkingGroups.GroupFilter;
import org.plenary.core.groups.application.WorkingGroups.GroupSort;
import org.plenary.core.groups.domain.GroupKind;
import org.plenary.core.groups.domain.GroupRefused;
import org.plenary.core.groups.domain.WorkingGroup;
import org.plenary.core.shared.SortColumn;
import org.plenary.web.SortedList;
import org.plenary.web.groups.GroupLists;
import org.plenary.web.groups.Pages;

/** Every working group (/secretariat/groups/list.xhtml), and creating one. */
@Named
@ViewScoped
public class GroupAdminListView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject WorkingGroups groups;
  @Inject FacesContext faces;

  private String kindShown = "";
  private SortedList<WorkingGroup, GroupFilter, GroupSort> all;
  private String slug;
  private String name;
  private GroupKind kind = GroupKind.WORKING_GROUP;
  private String description;

  /**
   * Every group, paged on the database: the name column's filter looks in names and short names,
   * the kind is chosen above the table, by name unless sorted.
   */
  public SortedList<WorkingGroup, GroupFilter, GroupSort> getGroups() {
    if (all == null) {
      WorkingGroups service = groups;
      all =
          new SortedList<>(
              filterBy -> GroupLists.filter(filterBy, kindShown),
              service::page,
              service::count,
              WorkingGroup::getSlug,
              new SortColumn.Order<>(GroupSort.NAME, true));
    }
    return all;
  }

  /** The kind chosen above the table ("" for any). */
  public String getKindShown() {
    return kindShown;
  }

  public void setKindShown(String kindShown) {
    this.kindShown = kindShown == null ? "" : kindShown;
  }

  /** Creates the group and opens its members. */
  public void create() {
    try {
      WorkingGroup group = groups.create(slug, name, kind, description);
      Pages.redirect(faces, "/secretariat/groups/edit.xhtml?group=" + group.getSlug());
    } catch (GroupRefused refused) {
      Pages.error(faces, "createForm:slug", "group.rule." + refused.rule().name());
    }
  }

  public List<GroupKind> getKinds() {
    return List.of(GroupKind.values());
  }

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

  public GroupKind getKind() {
    return kind;
  }

  public void setKind(GroupKind kind) {
    this.kind = kind;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }
}
