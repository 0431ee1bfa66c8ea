package org.plenary.web.groups;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.plenary.core.groups.application.WorkingGroups;
import org.plenary.core.groups.application.WorkingGroups.GroupFilter;
import org.plenary.core.groups.application.WorkingGroups.GroupSort;
import org.plenary.core.groups.domain.GroupKind;
import org.plenary.core.groups.domain.Membership;
import org.plenary.core.shared.SortColumn;
import org.plenary.web.SortedList;

/**
 * The signed-in user's working groups (/groups/list.xhtml): the name column's filter looks in names
 * and short names, the kind is chosen above the table, by name unless sorted, paged on the
 * database.
 */
@Named
@ViewScoped
public class GroupListView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject WorkingGroups groups;

  private String kind = "";
  private SortedList<Membership, GroupFilter, GroupSort> memberships;

  public SortedList<Membership, GroupFilter, GroupSort> getMemberships() {
    if (memberships == null) {
      WorkingGroups service = groups;
      memberships =
          new SortedList<>(
              filterBy -> GroupLists.filter(filterBy, kind),
              service::myGroups,
              service::countMyGroups,
              Membership::getId,
              new SortColumn.Order<>(GroupSort.NAME, true));
    }
    return memberships;
  }

  /** The kind chosen above the table ("" for any). */
  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind == null ? "" : kind;
  }

  public List<GroupKind> getKinds() {
    return List.of(GroupKind.values());
  }
}
