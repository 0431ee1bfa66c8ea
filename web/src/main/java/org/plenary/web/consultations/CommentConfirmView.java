package org.plenary.web.consultations;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.plenary.consultation.consultations.application.CommentSubmissions;
import org.plenary.consultation.consultations.domain.ConsultationRefused;
import org.plenary.web.groups.Pages;

/**
 * Confirming a comment from the mailed link (/consultations/confirm.xhtml?token=...): by a button,
 * not by opening the link, so that a mail scanner that fetches links publishes nothing.
 */
@Named
@ViewScoped
public class CommentConfirmView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject CommentSubmissions submissions;
  @Inject FacesContext faces;

  private String token;
  private Long consultationId;

  public void confirm() {
    try {
      consultationId = submissions.confirm(token);
    } catch (ConsultationRefused refused) {
      Pages.error(faces, null, "consultations.error." + refused.code().name());
    }
  }

  public boolean isConfirmed() {
    return consultationId != null;
  }

  public Long getConsultationId() {
    return consultationId;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }
}
