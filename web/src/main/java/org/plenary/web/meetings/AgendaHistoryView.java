package org.plenary.web.meetings;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.plenary.agenda.meetings.application.MeetingCatalog;
import org.plenary.agenda.meetings.application.VersionSummary;
import org.plenary.agenda.meetings.domain.Meeting;
import org.plenary.web.groups.Pages;
import org.plenary.web.i18n.Language;
import org.plenary.web.secretariat.meetings.ChangeGroup;

/**
 * A published agenda's history for everyone
 * (/meetings/versions.xhtml?slug=…[&amp;from=n&amp;to=m]): its published versions, and what changed
 * between two of them, the latest two unless chosen.
 */
@Named
@RequestScoped
public class AgendaHistoryView {
  @Inject MeetingCatalog catalog;
  @Inject Language language;
  @Inject FacesContext faces;

  private String slug;
  private Integer from;
  private Integer to;
  private String title;
  private List<VersionSummary> versions = List.of();
  private List<ChangeGroup> changes = List.of();

  public void load() {
    Pages.loadOrRefuse(
        faces,
        () -> {
          versions = catalog.history(slug);
          title = catalog.readPublished(slug).map(Meeting::getTitle).orElse(slug);
          if (versions.size() < 2) {
            return;
          }
          int latest = versions.get(versions.size() - 1).number();
          if (to == null) {
            to = latest;
          }
          if (from == null) {
            from = versions.get(versions.size() - 2).number();
          }
          changes = ChangeGroup.of(catalog.changes(slug, from, to), language.getLocale());
        });
  }

  /** Whether there are two versions to compare. */
  public boolean isComparable() {
    return versions.size() > 1;
  }

  /** The versions, newest first. */
  public List<VersionSummary> getNewestFirst() {
    List<VersionSummary> newestFirst = new ArrayList<>(versions);
    Collections.reverse(newestFirst);
    return newestFirst;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public Integer getFrom() {
    return from;
  }

  public void setFrom(Integer from) {
    this.from = from;
  }

  public Integer getTo() {
    return to;
  }

  public void setTo(Integer to) {
    this.to = to;
  }

  public String getTitle() {
    return title;
  }

  public List<VersionSummary> getVersions() {
    return versions;
  }

  public List<ChangeGroup> getChanges() {
    return changes;
  }
}
