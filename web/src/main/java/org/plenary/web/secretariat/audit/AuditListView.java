package org.plenary.web.secretariat.audit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
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

  private LazyDataModel<AuditEntry> entries;

  public LazyDataModel<AuditEntry> getEntries() {
    if (entries == null) {
      entries = new AuditEntries(trail);
    }
    return entries;
  }
}
