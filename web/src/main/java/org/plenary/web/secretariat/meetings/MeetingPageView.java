package org.plenary.web.secretariat.meetings;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;
import org.plenary.agenda.meetings.application.MeetingPlanning;
import org.plenary.web.i18n.Language;

/**
 * What the secretariat's pages about one meeting share: the meeting's slug from {@code ?slug=}, the
 * "not found" answer for an unknown one, and error messages beside a field or above the form.
 */
abstract class MeetingPageView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject MeetingPlanning planning;
  @Inject Language language;
  @Inject FacesContext facesContext;
  @Inject ExternalContext externalContext;

  private String slug;

  /** Whether the meeting of {@code ?slug=} exists; if not, the answer is the "not found" page. */
  boolean meetingFound() throws IOException {
    if (slug != null && !slug.isBlank() && planning.isPlanned(slug)) {
      return true;
    }
    externalContext.responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
    facesContext.responseComplete();
    return false;
  }

  /** Shows an error beside the component {@code clientId}, or above the form when null. */
  void error(String clientId, String message) {
    facesContext.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    facesContext.validationFailed();
  }

  Locale locale() {
    return language.getLocale();
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }
}
