package org.plenary.web.secretariat.feedback;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenary.agenda.feedback.application.FeedbackForms;
import org.plenary.agenda.feedback.application.FormDetails;
import org.plenary.agenda.feedback.application.FormSpec;
import org.plenary.agenda.feedback.domain.FeedbackRefused;
import org.plenary.agenda.feedback.domain.QuestionKind;
import org.plenary.agenda.meetings.application.MeetingCatalog;
import org.plenary.agenda.meetings.domain.Meeting;
import org.plenary.core.shared.NotFoundException;
import org.plenary.web.i18n.FeedbackMessages;

/**
 * Defines or changes a feedback form (/secretariat/feedback/form.xhtml?meeting= for a new one, ?id=
 * for an existing one): title, when it opens and closes in the meeting's time zone, and its ordered
 * questions. The standard satisfaction set's questions are shown but cannot change.
 */
@Named
@ViewScoped
public class FeedbackFormView implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern QUESTION_FIELD = Pattern.compile("questions\\[(\\d+)]\\.(\\w+)");

  @Inject FeedbackForms forms;
  @Inject MeetingCatalog catalog;
  @Inject FacesContext faces;
  @Inject ExternalContext external;

  private Long id;
  private String meeting;
  private String meetingTitle;
  private ZoneId zone;
  private boolean standard;
  private String title;
  private LocalDateTime opensAt;
  private LocalDateTime closesAt;
  private final List<QuestionRow> questions = new ArrayList<>();

  public void load() throws IOException {
    if (faces.isPostback()) {
      return;
    }
    try {
      FormDetails form = id == null ? null : forms.form(id);
      if (form != null) {
        meeting = form.meetingId();
      }
      Meeting found = catalog.getPublished(meeting == null ? "" : meeting);
      meetingTitle = found.getTitle();
      zone = found.getTimeZone();
      if (form == null) {
        questions.add(new QuestionRow());
      } else {
        show(form);
        opensAt = local(form.opensAt());
        closesAt = local(form.closesAt());
      }
    } catch (NotFoundException notFound) {
      external.responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
      faces.responseComplete();
    }
  }

  private void show(FormDetails form) {
    standard = form.standard();
    title = form.title();
    questions.clear();
    form.questions().forEach(q -> questions.add(new QuestionRow(q)));
  }

  private LocalDateTime local(Instant instant) {
    return instant == null ? null : LocalDateTime.ofInstant(instant, zone);
  }

  private Instant instant(LocalDateTime local) {
    return local == null ? null : local.atZone(zone).toInstant();
  }

  public void addQuestion() {
    questions.add(new QuestionRow());
  }

  public void removeQuestion(QuestionRow row) {
    questions.remove(row);
  }

  /** Saves the form; a refusal is shown beside the field it concerns. */
  public void save() {
    FormSpec spec =
        new FormSpec(
            title,
            instant(opensAt),
            instant(closesAt),
            questions.stream().map(QuestionRow::draft).toList());
    try {
      FormDetails saved = id == null ? forms.define(meeting, spec) : forms.revise(id, spec);
      id = saved.id();
      show(saved);
      FeedbackMessages.info(faces, "formEdit:save", "feedback.saved");
    } catch (FeedbackRefused refused) {
      FeedbackMessages.refused(faces, clientId(refused.field()), refused);
    }
  }

  /** The component a refusal's field names, or the save button for the whole form. */
  static String clientId(String field) {
    if (field == null) {
      return "formEdit:save";
    }
    Matcher question = QUESTION_FIELD.matcher(field);
    if (question.matches()) {
      String part = "code".equals(question.group(2)) ? "text" : question.group(2);
      return "formEdit:questions:" + question.group(1) + ":" + part;
    }
    return switch (field) {
      case "title", "opensAt", "closesAt" -> "formEdit:" + field;
      default -> "formEdit:save";
    };
  }

  public QuestionKind[] getKinds() {
    return QuestionKind.values();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getMeeting() {
    return meeting;
  }

  public void setMeeting(String meeting) {
    this.meeting = meeting;
  }

  public String getMeetingTitle() {
    return meetingTitle;
  }

  public String getZone() {
    return zone == null ? "" : zone.getId();
  }

  public boolean isStandard() {
    return standard;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public LocalDateTime getOpensAt() {
    return opensAt;
  }

  public void setOpensAt(LocalDateTime opensAt) {
    this.opensAt = opensAt;
  }

  public LocalDateTime getClosesAt() {
    return closesAt;
  }

  public void setClosesAt(LocalDateTime closesAt) {
    this.closesAt = closesAt;
  }

  public List<QuestionRow> getQuestions() {
    return questions;
  }
}
