package org.plenary.web.secretariat.meetings;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.plenary.core.groups.application.WorkingGroups;
import org.plenary.core.groups.domain.WorkingGroup;

/** The working groups a meeting may be held by, for the select of the meeting form. */
@Named
@RequestScoped
public class GroupChoices {
  static final int MAX_GROUPS = 500;

  @Inject WorkingGroups groups;

  private List<WorkingGroup> all;

  /** Every group by name (the secretariat's list). */
  public List<WorkingGroup> getAll() {
    if (all == null) {
      all = groups.page(0, MAX_GROUPS);
    }
    return all;
  }
}
