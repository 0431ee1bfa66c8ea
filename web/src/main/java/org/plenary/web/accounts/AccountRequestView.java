package org.plenary.web.accounts;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.plenary.core.accounts.application.AccountRequestForm;
import org.plenary.core.accounts.application.AccountRequests;
import org.plenary.core.accounts.domain.AccountRequestRefused;
import org.plenary.core.people.application.People;
import org.plenary.core.people.domain.OrganisationCategory;
import org.plenary.core.security.domain.Role;
import org.plenary.web.Messages;
import org.plenary.web.i18n.CountryChoices;
import org.plenary.web.i18n.Language;
import org.plenary.web.security.RateLimits;

/**
 * Asking for an account (/accounts/request.xhtml), open to everyone. Whatever the address, the page
 * answers the same once the request is sent: only the mailbox learns whether it has an account.
 */
@Named
@ViewScoped
public class AccountRequestView implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String FORM = "requestForm:";

  @Inject AccountRequests requests;
  @Inject People people;
  @Inject Language language;
  @Inject Messages messages;
  @Inject HttpServletRequest request;
  @Inject RateLimits rateLimits;

  private final AccountRequestForm form = new AccountRequestForm();
  private boolean passwordLater;
  private boolean sent;
  private transient List<SelectItem> countries;

  public void submit() {
    if (passwordLater) {
      form.setPassword(null);
    } else if (form.getPassword() == null) {
      messages.failure(
          FORM + "password",
          messages.text(
              "jakarta.faces.component.UIInput.REQUIRED",
              messages.text("accounts.request.password")),
          null);
      return;
    }
    Optional<Duration> wait = rateLimits.admit(RateLimits.Action.ACCOUNT_REQUEST, request);
    if (wait.isPresent()) {
      messages.error(null, "rateLimit.wait", RateLimits.minutes(wait.get()));
      return;
    }
    try {
      requests.submit(form, language.getLocale());
      sent = true;
      form.setPassword(null);
    } catch (AccountRequestRefused refused) {
      messages.error(
          refused.field() == null ? null : FORM + refused.field(),
          "accounts.error." + refused.reason().name());
    }
  }

  /** Countries by their name in the page's language. */
  public List<SelectItem> getCountries() {
    if (countries == null) {
      countries = CountryChoices.countries(people, language.getLocale());
    }
    return countries;
  }

  public List<OrganisationCategory> getCategories() {
    return CountryChoices.categories();
  }

  public List<Role> getRoles() {
    return List.of(Role.DELEGATE, Role.MEMBER);
  }

  public AccountRequestForm getForm() {
    return form;
  }

  public boolean isPasswordLater() {
    return passwordLater;
  }

  public void setPasswordLater(boolean passwordLater) {
    this.passwordLater = passwordLater;
  }

  public boolean isSent() {
    return sent;
  }
}
