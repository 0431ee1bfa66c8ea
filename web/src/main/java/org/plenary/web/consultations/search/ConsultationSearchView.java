package org.plenary.web.consultations.search;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.plenary.consultation.consultations.domain.ConsultationStatus;
import org.plenary.consultation.consultations.domain.RespondentCategory;
import org.plenary.consultation.search.application.Search;
import org.plenary.consultation.search.application.SearchFilter;
import org.plenary.consultation.search.application.SearchHit;
import org.plenary.consultation.search.domain.Snippets;
import org.plenary.web.groups.PagedList;

/**
 * The public search of documents under consideration and their comments
 * (/consultations/search.xhtml?q=...): a form with labelled filters and the ranked results in a
 * lazy table, each with its snippet (escaped text in which only the words are marked).
 */
@Named
@ViewScoped
public class ConsultationSearchView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Search search;

  private final SearchFilter filter = new SearchFilter();
  private PagedList<SearchHit> results;

  /** Runs the search in the URL's {@code q}, if any. */
  public void load() {
    if (!Snippets.words(filter.getQuery()).isEmpty()) {
      search();
    }
  }

  public void search() {
    if (Snippets.words(filter.getQuery()).isEmpty()) {
      results = null;
      return;
    }
    SearchFilter copy = copy(filter);
    Search service = search;
    results =
        new PagedList<>(
            (first, size) -> service.page(copy, first, size),
            () -> service.count(copy),
            h ->
                h.getKind()
                    + "-"
                    + h.getConsultationId()
                    + "-"
                    + h.getCommentId()
                    + "-"
                    + h.getSection());
  }

  private static SearchFilter copy(SearchFilter filter) {
    SearchFilter copy = new SearchFilter(filter.getQuery());
    copy.setStatus(filter.getStatus());
    copy.setDrafter(filter.getDrafter());
    copy.setGroup(filter.getGroup());
    copy.setFrom(filter.getFrom());
    copy.setTo(filter.getTo());
    copy.setCategory(filter.getCategory());
    copy.setCountry(filter.getCountry());
    return copy;
  }

  public SearchFilter getFilter() {
    return filter;
  }

  /** How many of the newest matching comments are ranked (the search says so). */
  public int getRankedComments() {
    return Search.RANKED_COMMENTS;
  }

  public PagedList<SearchHit> getResults() {
    return results;
  }

  public List<ConsultationStatus> getStatuses() {
    return List.of(ConsultationStatus.values());
  }

  public List<RespondentCategory> getCategories() {
    return List.of(RespondentCategory.values());
  }
}
