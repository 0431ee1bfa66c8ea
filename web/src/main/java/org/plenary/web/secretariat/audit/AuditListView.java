package org.plenary.web.secretariat.audit;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.plenary.core.audit.application.AuditTrail;
import org.plenary.core.audit.domain.AuditEntry;
import org.plenary.web.QueryString;
import org.plenary.web.i18n.AuditWords;
import org.plenary.web.i18n.Language;
import org.plenary.web.i18n.Texts;
import org.primefaces.model.LazyDataModel;

/**
 * The secretariat's audit log (/secretariat/audit/list.xhtml): every entry, newest first, paged,
 * sorted and filtered in the database. Actions and object types show in words of the page's
 * language, with their codes beside them (what the API and the export give), and are filtered by
 * choosing one.
 */
@Named
@ViewScoped
public class AuditListView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject AuditTrail trail;
  @Inject ExternalContext external;
  @Inject Language language;

  private AuditEntries entries;

  /**
   * The address of the API's streamed CSV export with the filters of the page the table shows, so
   * the link downloads the entries shown (the page renders the link anew once a filtered page is
   * read).
   */
  public String getExportUrl() {
    getEntries();
    AuditTrail.Filter filter = entries.shown();
    boolean exact = filter.wholeCodes() && (chosen(filter.action()) || chosen(filter.objectType()));
    QueryString query =
        new QueryString()
            .add("actor", filter.actor())
            .add("action", filter.action())
            .add("objectType", filter.objectType())
            .add("exact", exact ? "true" : null);
    return external.getRequestContextPath() + "/api/audit/export.csv" + query;
  }

  private static boolean chosen(String value) {
    return value != null && !value.isBlank();
  }

  /** The words for an entry's action; its code when it has none (an older build's). */
  public String actionWords(String code) {
    return words().action(code);
  }

  /** The words for an entry's object type; its code when it has none. */
  public String objectTypeWords(String code) {
    return words().objectType(code);
  }

  /** The choices of the action column's filter: any action, then each in words. */
  public List<SelectItem> getActionChoices() {
    return withAny("audit.anyAction", words().actions());
  }

  /** The choices of the object type column's filter: any type, then each in words. */
  public List<SelectItem> getObjectTypeChoices() {
    return withAny("audit.anyObjectType", words().objectTypes());
  }

  private List<SelectItem> withAny(String anyKey, List<SelectItem> choices) {
    List<SelectItem> all = new ArrayList<>();
    all.add(new SelectItem("", Texts.text(anyKey, language.getLocale())));
    all.addAll(choices);
    return all;
  }

  private AuditWords words() {
    return AuditWords.of(language.getLocale());
  }

  public LazyDataModel<AuditEntry> getEntries() {
    if (entries == null) {
      entries = new AuditEntries(trail);
    }
    return entries;
  }
}
