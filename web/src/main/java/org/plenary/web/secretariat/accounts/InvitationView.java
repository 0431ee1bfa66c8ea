package org.plenary.web.secretariat.accounts;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.plenary.core.accounts.application.AccountRequests;
import org.plenary.core.accounts.application.InvitationForm;
import org.plenary.core.accounts.domain.AccountRequest;
import org.plenary.core.accounts.domain.AccountRequestRefused;
import org.plenary.core.people.application.People;
import org.plenary.core.people.domain.OrganisationCategory;
import org.plenary.core.security.domain.Role;
import org.plenary.web.Messages;
import org.plenary.web.i18n.CountryChoices;
import org.plenary.web.i18n.Language;

/**
 * The secretariat invites someone by e-mail (/secretariat/accounts/invite.xhtml), naming the
 * organisation, country and category they belong to when audience rules must admit them.
 */
@Named
@ViewScoped
public class InvitationView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject AccountRequests requests;
  @Inject Messages messages;
  @Inject Language language;
  @Inject People people;

  private InvitationForm form;
  private transient List<SelectItem> countries;

  public InvitationForm getForm() {
    if (form == null) {
      form = new InvitationForm();
      form.setLanguage(language.getLocale().getLanguage());
    }
    return form;
  }

  public void invite() {
    try {
      AccountRequest invitation = requests.invite(getForm());
      messages.info("accounts.invite.sent", invitation.getEmail());
      form = null;
    } catch (AccountRequestRefused refused) {
      messages.error(
          refused.field() == null ? null : "inviteForm:" + refused.field(),
          "accounts.error." + refused.reason().name());
    }
  }

  public List<Role> getRoles() {
    return List.of(Role.DELEGATE, Role.MEMBER);
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

  public List<String> getLanguages() {
    return List.of("en", "fr");
  }
}
