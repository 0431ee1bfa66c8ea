package org.plenary.web.secretariat.accounts;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.plenary.core.accounts.application.AccountRequests;
import org.plenary.core.accounts.domain.AccountRequest;
import org.plenary.core.accounts.domain.AccountRequestRefused;
import org.plenary.core.accounts.domain.AccountRequestStatus;
import org.plenary.web.Messages;
import org.primefaces.model.LazyDataModel;

/**
 * The secretariat's account requests (/secretariat/accounts/requests.xhtml): those waiting for a
 * decision first, any status on demand; approve, or decline with a reason.
 */
@Named
@ViewScoped
public class AccountRequestListView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject AccountRequests requests;
  @Inject Messages messages;

  private AccountRequestStatus status = AccountRequestStatus.CONFIRMED;
  private AccountRequestRows rows;
  private Long declining;
  private String declineName;
  private String reason;

  public LazyDataModel<AccountRequest> getRows() {
    if (rows == null) {
      rows = new AccountRequestRows(requests, status);
    }
    return rows;
  }

  /** The status filter changed. */
  public void showStatus() {
    ((AccountRequestRows) getRows()).show(status);
  }

  public void approve(long id) {
    try {
      AccountRequest approved = requests.approve(id);
      messages.info("accounts.requests.approved", approved.getFullName());
    } catch (AccountRequestRefused refused) {
      messages.error(null, "accounts.error." + refused.reason().name());
    }
  }

  /** Opens the decline dialog for one request. */
  public void startDecline(AccountRequest request) {
    declining = request.getId();
    declineName = request.getFullName();
    reason = null;
  }

  public void decline() {
    try {
      AccountRequest declined = requests.decline(declining, reason);
      messages.info("accounts.requests.declined", declined.getFullName());
      declining = null;
      reason = null;
    } catch (AccountRequestRefused refused) {
      messages.error(null, "accounts.error." + refused.reason().name());
    }
  }

  public List<AccountRequestStatus> getStatuses() {
    return List.of(AccountRequestStatus.values());
  }

  public AccountRequestStatus getStatus() {
    return status;
  }

  public void setStatus(AccountRequestStatus status) {
    this.status = status;
  }

  public String getDeclineName() {
    return declineName;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
