package org.plenary.web.security;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import org.plenary.core.people.domain.Person;
import org.plenary.core.security.application.Accounts;
import org.plenary.core.security.domain.Account;
import org.plenary.web.i18n.Language;
import org.plenary.web.i18n.LanguageFilter;

/**
 * The person signed in to this browser session, as the page header shows them, and signing out. The
 * name is looked up once per session, not on every page.
 */
@Named
@SessionScoped
public class SignedInUser implements Serializable {
  private static final long serialVersionUID = 1L;

  /** How long before the session ends the user is warned and offered to stay signed in. */
  static final int WARNING_SECONDS = 120;

  @Inject HttpServletRequest request;
  @Inject ExternalContext externalContext;
  @Inject Accounts accounts;
  @Inject Language language;

  private String username;
  private String displayName;

  public boolean isSignedIn() {
    return request.getRemoteUser() != null;
  }

  /** The person's full name, or their user name when the account has no person's name. */
  public String getName() {
    String current = request.getRemoteUser();
    if (current == null) {
      return null;
    }
    if (!current.equals(username)) {
      displayName =
          accounts
              .find(current)
              .map(Account::getPerson)
              .map(Person::getFullName)
              .filter(name -> !name.isBlank())
              .orElse(current);
      username = current;
    }
    return displayName;
  }

  /** How long the session lasts without a request, as the container is configured. */
  public int getSessionTimeoutSeconds() {
    HttpSession session = request.getSession(false);
    return session == null ? 0 : session.getMaxInactiveInterval();
  }

  public int getSessionWarningSeconds() {
    return WARNING_SECONDS;
  }

  public int getSessionWarningMinutes() {
    return WARNING_SECONDS / 60;
  }

  /**
   * Signs out, ends the session, and goes to the home page in the language the user was reading. A
   * POST action, so no other site can sign anyone out with a link or an image.
   */
  public void signOut() throws ServletException, IOException {
    String tag = language.getTag();
    endSession();
    externalContext.redirect(
        externalContext.getRequestContextPath() + "/?" + LanguageFilter.PARAMETER + "=" + tag);
  }

  /** Signs out and ends the session, leaving where to go next to the caller. */
  public void endSession() throws ServletException {
    request.logout();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }
}
