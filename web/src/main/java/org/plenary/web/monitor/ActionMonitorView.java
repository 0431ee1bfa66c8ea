package org.plenary.web.monitor;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.plenary.agenda.outcomes.application.ActionFilter;
import org.plenary.agenda.outcomes.application.ActionItems;
import org.plenary.agenda.outcomes.application.ActionView;
import org.plenary.agenda.outcomes.domain.ActionStatus;
import org.plenary.web.QueryString;
import org.plenary.web.groups.PagedList;
import org.plenary.web.i18n.FeedbackMessages;
import org.plenary.web.secretariat.feedback.Charts;

/**
 * The public commitments monitor (/monitor/actions.xhtml): every decision and action, filtered by
 * meeting, owner, status and overdue on the database, a page at a time; beside it, per meeting, a
 * chart of how many are in each status with its data table.
 */
@Named
@ViewScoped
public class ActionMonitorView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ActionItems actions;
  @Inject FacesContext faces;

  private String meeting;
  private String owner;
  private ActionStatus status;
  private String overdue;
  private PagedList<ActionView> rows;
  private List<MeetingCounts> charts;

  /** One meeting's status counts, in the order of {@link ActionStatus}. */
  public static class MeetingCounts implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String meeting;
    private final List<Long> counts;
    private final String chart;

    MeetingCounts(String meeting, List<Long> counts, String chart) {
      this.meeting = meeting;
      this.counts = counts;
      this.chart = chart;
    }

    public String getMeeting() {
      return meeting;
    }

    public List<Long> getCounts() {
      return counts;
    }

    public String getChart() {
      return chart;
    }
  }

  ActionFilter filter() {
    // the list's choices are "true" and "false"; anything else in the address is no choice
    Boolean late =
        "true".equals(overdue) ? Boolean.TRUE : "false".equals(overdue) ? Boolean.FALSE : null;
    return new ActionFilter(meeting, owner, status, late);
  }

  public PagedList<ActionView> getRows() {
    if (rows == null) {
      rows =
          new PagedList<>(
              (first, size) -> actions.page(filter(), first, size),
              () -> actions.count(filter()),
              ActionView::key);
    }
    return rows;
  }

  public List<MeetingCounts> getCharts() {
    if (charts == null) {
      List<String> labels =
          Arrays.stream(ActionStatus.values())
              .map(s -> FeedbackMessages.text(faces, "actions.status." + s.name()))
              .toList();
      charts = new ArrayList<>();
      Map<String, Map<ActionStatus, Long>> counts = new TreeMap<>(actions.statusCounts(filter()));
      counts.forEach(
          (slug, byStatus) -> {
            List<Long> values =
                Arrays.stream(ActionStatus.values())
                    .map(s -> byStatus.getOrDefault(s, 0L))
                    .toList();
            charts.add(
                new MeetingCounts(
                    slug,
                    values,
                    Charts.bars(labels, values, FeedbackMessages.text(faces, "actions.count"))));
          });
    }
    return charts;
  }

  /** The CSV of the decisions and actions the filters keep, as open data. */
  public String getExportUrl() {
    return faces.getExternalContext().getRequestContextPath()
        + "/api/actions/export.csv"
        + new QueryString()
            .add("meeting", meeting)
            .add("owner", owner)
            .add("status", status == null ? null : status.name())
            .add("overdue", overdue);
  }

  /** Applies the filters: the table starts again at its first page, the charts follow. */
  public void apply() {
    charts = null;
  }

  public ActionStatus[] getStatuses() {
    return ActionStatus.values();
  }

  public String getMeeting() {
    return meeting;
  }

  public void setMeeting(String meeting) {
    this.meeting = meeting;
  }

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner;
  }

  public ActionStatus getStatus() {
    return status;
  }

  public void setStatus(ActionStatus status) {
    this.status = status;
  }

  public String getOverdue() {
    return overdue;
  }

  public void setOverdue(String overdue) {
    this.overdue = overdue;
  }
}
