package org.plenary.web.coordination;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.time.Clock;
import org.plenary.consultation.coordination.application.CoordinationTable;
import org.plenary.consultation.coordination.application.TableRow;
import org.plenary.consultation.coordination.domain.CoordinationRefused;
import org.plenary.consultation.coordination.domain.CoordinationRound;
import org.plenary.web.groups.PagedList;
import org.plenary.web.groups.Pages;

/**
 * A round's table of remarks and responses (/coordination/table.xhtml?round=): public once the
 * drafter published it, before that for the round's parties only (403 to others); paged on the
 * database, with the CSV.
 */
@Named
@ViewScoped
public class RoundTableView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject CoordinationTable table;
  @Inject FacesContext faces;
  @Inject Clock clock;

  private Long roundId;
  private CoordinationRound round;
  private PagedList<TableRow> rows;

  public void load() {
    Pages.loadOrRefuse(
        faces,
        () -> {
          if (roundId == null) {
            throw new IllegalArgumentException("no round");
          }
          try {
            round = table.visible(roundId);
          } catch (CoordinationRefused notPublished) {
            Pages.refuse(faces, HttpServletResponse.SC_FORBIDDEN);
            return;
          }
          long id = roundId;
          CoordinationTable service = table;
          rows =
              new PagedList<>(
                  (first, size) -> service.rows(id, first, size),
                  () -> service.count(id),
                  TableRow::getKey);
        });
  }

  public String getStatus() {
    return round.status(clock.instant()).name();
  }

  public CoordinationRound getRound() {
    return round;
  }

  public PagedList<TableRow> getRows() {
    return rows;
  }

  public Long getRoundId() {
    return roundId;
  }

  public void setRoundId(Long roundId) {
    this.roundId = roundId;
  }
}
