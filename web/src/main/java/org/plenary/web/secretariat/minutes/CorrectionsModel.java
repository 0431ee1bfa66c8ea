package org.plenary.web.secretariat.minutes;

import java.util.List;
import java.util.Map;
import org.plenary.agenda.outcomes.application.CorrectionView;
import org.plenary.agenda.outcomes.application.MinutesApproval;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The latest circulation's corrections of a meeting's minutes as a table pages through them in the
 * database: all of them for the secretariat, one's own for a participant.
 */
public final class CorrectionsModel extends LazyDataModel<CorrectionView> {
  private static final long serialVersionUID = 1L;
  private final MinutesApproval approval;
  private final String meeting;

  public CorrectionsModel(MinutesApproval approval, String meeting) {
    this.approval = approval;
    this.meeting = meeting;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) approval.countCorrections(meeting);
  }

  @Override
  public List<CorrectionView> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return approval.corrections(meeting, first, pageSize);
  }

  @Override
  public String getRowKey(CorrectionView row) {
    return Integer.toString(row.number());
  }
}
