package org.plenary.web.accounts;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.plenary.core.accounts.application.AccountRequests;
import org.plenary.core.accounts.domain.AccountRequestRefused;
import org.plenary.web.Messages;

/**
 * Confirming an e-mail address (/accounts/confirm.xhtml?token=...). The address is confirmed by a
 * button, not by opening the link, so that a mail scanner that fetches links confirms nothing.
 */
@Named
@ViewScoped
public class AccountConfirmView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject AccountRequests requests;
  @Inject Messages messages;

  private String token;
  private String confirmedName;

  public void confirm() {
    if (token == null || token.isBlank()) {
      messages.error(null, "accounts.error.TOKEN_INVALID");
      return;
    }
    try {
      confirmedName = requests.confirm(token);
    } catch (AccountRequestRefused refused) {
      messages.error(null, "accounts.error." + refused.reason().name());
    }
  }

  public boolean isConfirmed() {
    return confirmedName != null;
  }

  public String getConfirmedName() {
    return confirmedName;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }
}
