package org.plenary.web.secretariat.feedback;

import java.util.List;
import java.util.Map;
import org.plenary.agenda.feedback.application.FreeText;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The free-text answers of one source (a session's comments, a form question), paged. */
class FreeTexts extends LazyDataModel<FreeText> {
  private static final long serialVersionUID = 1L;

  /** Reads a page of texts and counts them; implemented by the results page. */
  interface Source extends java.io.Serializable {
    List<FreeText> page(int first, int size);

    long count();
  }

  private final Source source;

  FreeTexts(Source source) {
    this.source = source;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, source.count());
  }

  @Override
  public List<FreeText> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return source.page(first, pageSize);
  }

  @Override
  public String getRowKey(FreeText text) {
    return text.author() + "|" + text.at();
  }
}
