package org.plenary.web.accounts;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.plenary.core.accounts.application.AccountRequests;
import org.plenary.core.accounts.application.PasswordLink;
import org.plenary.core.accounts.domain.AccountRequestRefused;
import org.plenary.web.Messages;

/**
 * Setting the password of an invited or approved account (/accounts/accept.xhtml?token=...): the
 * account opens when the password is set, and the link is then used up.
 */
@Named
@ViewScoped
public class AccountAcceptView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject AccountRequests requests;
  @Inject Messages messages;

  private String token;
  private PasswordLink link;
  private boolean opened;

  @NotNull
  @Size(min = 8, max = 200)
  private String password;

  private String repeat;

  /** Reads whose link it is; an unusable link says why and shows no form. */
  public void load() {
    if (link != null || opened) {
      return;
    }
    try {
      link = token == null || token.isBlank() ? null : requests.passwordLink(token);
      if (link == null) {
        messages.error(null, "accounts.error.TOKEN_INVALID");
      }
    } catch (AccountRequestRefused refused) {
      messages.error(null, "accounts.error." + refused.reason().name());
    }
  }

  public void open() {
    if (!password.equals(repeat)) {
      messages.error("acceptForm:repeat", "accounts.accept.passwordsDiffer");
      return;
    }
    try {
      requests.setPassword(token, password);
      opened = true;
      link = null;
    } catch (AccountRequestRefused refused) {
      messages.error(null, "accounts.error." + refused.reason().name());
    } finally {
      password = null;
      repeat = null;
    }
  }

  public PasswordLink getLink() {
    return link;
  }

  public boolean isOpened() {
    return opened;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getRepeat() {
    return repeat;
  }

  public void setRepeat(String repeat) {
    this.repeat = repeat;
  }
}
