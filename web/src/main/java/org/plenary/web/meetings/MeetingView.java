package org.plenary.web.meetings;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.plenary.agenda.meetings.application.GroupHost;
import org.plenary.agenda.meetings.application.GroupMeetings;
import org.plenary.agenda.meetings.application.MeetingCatalog;
import org.plenary.agenda.meetings.domain.Meeting;
import org.plenary.agenda.outcomes.application.MinutesApproval;

/**
 * A meeting's public agenda (/meetings/view.xhtml?slug=...), as a delegate reads it: the meeting,
 * then day by day every item, then each side meeting with its own agenda. Open to everyone.
 *
 * <p>Request scoped rather than view scoped: the page is read-only and every visit is a GET, so
 * there is nothing to keep between requests, and the agenda is not held in the session.
 */
@Named
@RequestScoped
public class MeetingView {
  /**
   * The language agenda texts are written in. The agenda model does not record it yet; every
   * published agenda so far is in English.
   */
  public static final String CONTENT_LANGUAGE = "en";

  @Inject MeetingCatalog catalog;
  @Inject GroupMeetings groupMeetings;
  @Inject MinutesApproval minutes;
  @Inject FacesContext facesContext;
  @Inject ExternalContext externalContext;

  private String slug;
  private Meeting meeting;
  private List<Meeting> sideMeetings = List.of();
  private GroupHost host;
  private Integer approvedMinutes;

  /**
   * Loads the published meeting (the shared copy of its published version, see {@link
   * MeetingCatalog#readPublished}); an unknown or unpublished one is "not found".
   */
  public void load() throws IOException {
    if (externalContext.getRemoteUser() == null) {
      // A visitor's page has no form, so nothing to post back: a stateless view, whose CSP nonce
      // PrimeFaces then keeps out of the view map, and so out of a new HTTP session.
      facesContext.getViewRoot().setTransient(true);
    }
    Optional<Meeting> found = catalog.readPublished(slug);
    if (found.isEmpty()) {
      externalContext.responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
      facesContext.responseComplete();
      return;
    }
    meeting = found.get();
    sideMeetings = meeting.getPublishedSideMeetings();
    // Only the secretariat and the group's members see the group; a visitor is neither.
    host = externalContext.getRemoteUser() == null ? null : groupMeetings.hostOf(slug).orElse(null);
    approvedMinutes = minutes.latestApprovedVersion(slug).orElse(null);
  }

  /** The latest approved version of the meeting's minutes, or null while none is approved. */
  public Integer getApprovedMinutes() {
    return approvedMinutes;
  }

  /** The working group that holds the meeting, when the caller may see its space; else null. */
  public GroupHost getHost() {
    return host;
  }

  public Meeting getMeeting() {
    return meeting;
  }

  /** The published side meetings, each with its whole agenda. */
  public List<Meeting> getSideMeetings() {
    return sideMeetings;
  }

  /** The day the agenda's version was published, in the meeting's time zone; null if unknown. */
  public LocalDate getPublishedOn() {
    Instant published = meeting == null ? null : meeting.getAgendaPublishedAt();
    return published == null ? null : published.atZone(meeting.getTimeZone()).toLocalDate();
  }

  public String getContentLanguage() {
    return CONTENT_LANGUAGE;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }
}
