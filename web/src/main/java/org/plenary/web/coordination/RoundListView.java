package org.plenary.web.coordination;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import org.plenary.consultation.coordination.application.Coordination;
import org.plenary.consultation.coordination.domain.CoordinationRound;
import org.plenary.web.groups.PagedList;
import org.primefaces.model.LazyDataModel;

/**
 * The rounds the signed-in ministry or the secretariat takes part in (/coordination/rounds.xhtml).
 */
@Named
@ViewScoped
public class RoundListView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Coordination coordination;
  @Inject Clock clock;

  private LazyDataModel<CoordinationRound> rounds;

  public LazyDataModel<CoordinationRound> getRounds() {
    if (rounds == null) {
      Coordination service = coordination;
      rounds = new PagedList<>(service::rounds, service::countRounds, CoordinationRound::getId);
    }
    return rounds;
  }

  public String status(CoordinationRound round) {
    return round.status(clock.instant()).name();
  }
}
