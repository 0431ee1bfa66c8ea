package org.plenary.web.coordination;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import org.plenary.consultation.coordination.application.Coordination;
import org.plenary.consultation.coordination.application.Coordination.RoundFilter;
import org.plenary.consultation.coordination.application.Coordination.RoundSort;
import org.plenary.consultation.coordination.domain.CoordinationRound;
import org.plenary.consultation.coordination.domain.RoundStatus;
import org.plenary.core.shared.SortColumn;
import org.plenary.web.LazyTables;
import org.plenary.web.SortedList;

/**
 * The rounds the signed-in ministry or the secretariat takes part in (/coordination/rounds.xhtml):
 * the draft column's filter looks in drafts' titles and drafters' names, the status is chosen above
 * the table, sorted (the latest opening first when no column is) and paged on the database.
 */
@Named
@ViewScoped
public class RoundListView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Coordination coordination;
  @Inject Clock clock;

  private String status = "";
  private SortedList<CoordinationRound, RoundFilter, RoundSort> rounds;

  @PostConstruct
  void init() {
    Coordination service = coordination;
    rounds =
        new SortedList<>(
            filterBy ->
                new RoundFilter(
                    LazyTables.filterText(filterBy, "draft"),
                    status.isBlank() ? null : RoundStatus.valueOf(status)),
            service::rounds,
            service::countRounds,
            CoordinationRound::getId,
            new SortColumn.Order<>(RoundSort.OPENS_AT, false));
  }

  public SortedList<CoordinationRound, RoundFilter, RoundSort> getRounds() {
    return rounds;
  }

  /** The status chosen above the table ("" for any). */
  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status == null ? "" : status;
  }

  public List<RoundStatus> getStatuses() {
    return List.of(RoundStatus.values());
  }

  public String status(CoordinationRound round) {
    return round.status(clock.instant()).name();
  }
}
