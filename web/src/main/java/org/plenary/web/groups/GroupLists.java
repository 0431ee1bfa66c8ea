package org.plenary.web.groups;

import java.util.Map;
import org.plenary.core.groups.application.WorkingGroups.GroupFilter;
import org.plenary.core.groups.domain.GroupKind;
import org.plenary.web.LazyTables;
import org.primefaces.model.FilterMeta;

/** What the tables of groups (the member's and the secretariat's) filter on. */
public final class GroupLists {
  private GroupLists() {}

  /** The name column's filter text and the kind chosen above the table ("" for any). */
  public static GroupFilter filter(Map<String, FilterMeta> filterBy, String kind) {
    return new GroupFilter(
        LazyTables.filterText(filterBy, "name"), kind.isBlank() ? null : GroupKind.valueOf(kind));
  }
}
