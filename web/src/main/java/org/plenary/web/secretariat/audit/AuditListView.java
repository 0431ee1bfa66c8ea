package org.plenary.web.secretariat.audit;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.plenary.core.audit.application.AuditTrail;
import org.plenary.core.audit.domain.AuditEntry;
import org.primefaces.model.LazyDataModel;

/**
 * The secretariat's audit log (/secretariat/audit/list.xhtml): every entry, newest first, paged,
 * sorted and filtered in the database.
 */
@Named
@ViewScoped
public class AuditListView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject AuditTrail trail;
  @Inject ExternalContext external;

  private AuditEntries entries;

  /**
   * The address of the API's streamed CSV export with the filters of the page the table shows, so
   * the link downloads the entries shown (the page renders the link anew once a filtered page is
   * read).
   */
  public String getExportUrl() {
    getEntries();
    AuditTrail.Filter filter = entries.shown();
    StringBuilder query = new StringBuilder();
    parameter(query, "actor", filter.actor());
    parameter(query, "action", filter.action());
    parameter(query, "objectType", filter.objectType());
    return external.getRequestContextPath() + "/api/audit/export.csv" + query;
  }

  private static void parameter(StringBuilder query, String name, String value) {
    if (value != null && !value.isBlank()) {
      query
          .append(query.isEmpty() ? '?' : '&')
          .append(name)
          .append('=')
          .append(URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
    }
  }

  public LazyDataModel<AuditEntry> getEntries() {
    if (entries == null) {
      entries = new AuditEntries(trail);
    }
    return entries;
  }
}
