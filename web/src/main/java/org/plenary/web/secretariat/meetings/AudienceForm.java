package org.plenary.web.secretariat.meetings;

import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import org.plenary.agenda.meetings.domain.Audience;
import org.plenary.core.people.domain.OrganisationCategory;

/** Who may attend, as a day's or an item's form edits it: the categories ticked and a note. */
public class AudienceForm implements Serializable {
  private static final long serialVersionUID = 1L;

  private OrganisationCategory[] categories = {};
  private String note;

  static AudienceForm of(Audience audience) {
    AudienceForm form = new AudienceForm();
    if (audience != null) {
      form.categories = audience.getCategories().toArray(OrganisationCategory[]::new);
      form.note = audience.getNote();
    }
    return form;
  }

  /** Whether nothing is ticked and no note given. */
  boolean isEmpty() {
    return categories.length == 0 && (note == null || note.isBlank());
  }

  /** The audience: only the categories ticked, or everyone when none is. */
  Audience toAudience() {
    if (categories.length == 0) {
      return Audience.everyone(note);
    }
    return Audience.onlyFor(EnumSet.copyOf(Arrays.asList(categories)), note);
  }

  public OrganisationCategory[] getCategories() {
    return categories.clone();
  }

  public void setCategories(OrganisationCategory[] categories) {
    this.categories = categories == null ? new OrganisationCategory[0] : categories.clone();
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
