package org.plenary.web.secretariat.accounts;

import java.util.List;
import java.util.Map;
import org.plenary.core.accounts.application.AccountRequests;
import org.plenary.core.accounts.domain.AccountRequest;
import org.plenary.core.accounts.domain.AccountRequestStatus;
import org.plenary.core.shared.SortColumn;
import org.plenary.web.LazyTables;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Account requests as the data table pages through them: one status at a time (all when none),
 * filtered by a part of the name or address, sorted (oldest first when no column is) and paged in
 * the database.
 */
class AccountRequestRows extends LazyDataModel<AccountRequest> {
  private static final long serialVersionUID = 1L;

  static final String NAME = "fullName";

  private final AccountRequests requests;
  private AccountRequestStatus status;

  AccountRequestRows(AccountRequests requests, AccountRequestStatus status) {
    this.requests = requests;
    this.status = status;
  }

  void show(AccountRequestStatus status) {
    this.status = status;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, requests.count(filter(filterBy)));
  }

  @Override
  public List<AccountRequest> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    SortColumn.Order<AccountRequests.Sort> order =
        LazyTables.order(sortBy, AccountRequests.Sort.class, AccountRequests.Sort.CREATED, true);
    return requests.page(filter(filterBy), order.column(), order.ascending(), first, pageSize);
  }

  @Override
  public String getRowKey(AccountRequest request) {
    return String.valueOf(request.getId());
  }

  @Override
  public AccountRequest getRowData(String rowKey) {
    return requests.get(Long.parseLong(rowKey));
  }

  AccountRequests.Filter filter(Map<String, FilterMeta> filterBy) {
    return new AccountRequests.Filter(status, LazyTables.filterText(filterBy, NAME));
  }
}
