package org.plenary.web.me;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.io.Serializable;
import org.plenary.core.privacy.application.ErasureRefused;
import org.plenary.core.privacy.application.Privacy;
import org.plenary.web.Messages;
import org.plenary.web.i18n.Language;
import org.plenary.web.i18n.LanguageFilter;
import org.plenary.web.security.SignedInUser;

/**
 * Your data (/me/privacy.xhtml): the download of everything Plenary holds about you, and the
 * erasure, confirmed by typing your user name; once erased, you are signed out and sent to the home
 * page that says so.
 */
@Named
@ViewScoped
public class PrivacyView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Privacy privacy;
  @Inject Messages messages;
  @Inject Language language;
  @Inject SignedInUser signedInUser;
  @Inject ExternalContext externalContext;

  private String confirmation;

  public void erase() throws ServletException, IOException {
    try {
      privacy.erase(confirmation);
    } catch (ErasureRefused refused) {
      messages.error("privacyForm:confirmation", "privacy.erase.notConfirmed");
      return;
    }
    String tag = language.getTag();
    signedInUser.endSession();
    externalContext.redirect(
        externalContext.getRequestContextPath()
            + "/erased.xhtml?"
            + LanguageFilter.PARAMETER
            + "="
            + tag);
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}
