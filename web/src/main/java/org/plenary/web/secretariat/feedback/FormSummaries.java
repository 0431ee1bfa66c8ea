package org.plenary.web.secretariat.feedback;

import java.util.List;
import java.util.Map;
import org.plenary.agenda.feedback.application.FeedbackForms;
import org.plenary.agenda.feedback.application.FormSummary;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** A meeting's feedback forms as the data table pages through them. */
class FormSummaries extends LazyDataModel<FormSummary> {
  private static final long serialVersionUID = 1L;

  private final FeedbackForms forms;
  private final String meeting;

  FormSummaries(FeedbackForms forms, String meeting) {
    this.forms = forms;
    this.meeting = meeting;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, forms.count(meeting));
  }

  @Override
  public List<FormSummary> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return forms.forms(meeting, first, pageSize);
  }

  @Override
  public String getRowKey(FormSummary form) {
    return String.valueOf(form.id());
  }
}
