package org.plenary.web.groups;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.plenary.core.groups.application.WorkingGroups;
import org.plenary.core.groups.domain.Membership;
import org.primefaces.model.LazyDataModel;

/** The signed-in user's working groups (/groups/list.xhtml), a page at a time. */
@Named
@ViewScoped
public class GroupListView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject WorkingGroups groups;

  private LazyDataModel<Membership> memberships;

  public LazyDataModel<Membership> getMemberships() {
    if (memberships == null) {
      WorkingGroups service = groups;
      memberships = new PagedList<>(service::myGroups, service::countMyGroups, Membership::getId);
    }
    return memberships;
  }
}
