package org.plenary.web.secretariat.feedback;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.plenary.agenda.feedback.application.ChoiceCount;
import org.plenary.agenda.feedback.application.ComparisonRow;
import org.plenary.agenda.feedback.application.FeedbackResults;
import org.plenary.agenda.feedback.application.FormResults;
import org.plenary.agenda.feedback.application.FreeText;
import org.plenary.agenda.feedback.application.QuestionResults;
import org.plenary.agenda.feedback.application.SessionEvaluations;
import org.plenary.agenda.feedback.application.SessionResults;
import org.plenary.agenda.feedback.domain.FeedbackRefused;
import org.plenary.agenda.feedback.domain.QuestionKind;
import org.plenary.agenda.feedback.domain.StandardSatisfaction;
import org.plenary.agenda.meetings.application.MeetingCatalog;
import org.plenary.core.shared.NotFoundException;
import org.plenary.web.i18n.FeedbackMessages;
import org.primefaces.model.LazyDataModel;

/**
 * The secretariat's results of a meeting's feedback (/secretariat/feedback/results.xhtml?meeting=):
 * each session's ratings and each form question's answers as a chart with a data table beside it,
 * the free-text answers of one chosen question page by page, the CSV export, and the standard
 * satisfaction set compared across meetings.
 */
@Named
@ViewScoped
public class FeedbackResultsView implements Serializable {
  private static final long serialVersionUID = 1L;
  static final List<String> SCALE = List.of("1", "2", "3", "4", "5");

  @Inject SessionEvaluations evaluations;
  @Inject FeedbackResults results;
  @Inject MeetingCatalog catalog;
  @Inject FacesContext faces;
  @Inject ExternalContext external;

  private String meeting;
  private String meetingTitle;
  private List<SessionResults> sessions = List.of();
  private List<FormResults> forms = List.of();
  private List<ComparisonRow> comparison = List.of();
  private String textSource;
  private LazyDataModel<FreeText> texts;

  public void load() throws IOException {
    if (faces.isPostback()) {
      return;
    }
    try {
      refresh();
    } catch (NotFoundException notFound) {
      external.responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
      faces.responseComplete();
    }
  }

  private void refresh() {
    meetingTitle = catalog.getPublished(meeting == null ? "" : meeting).getTitle();
    sessions = evaluations.results(meeting);
    forms = results.forms(meeting);
    comparison = results.comparison();
    if (textSource == null && !getTextSources().isEmpty()) {
      textSource = (String) getTextSources().get(0).getValue();
    }
    texts = null;
  }

  /** Opens or closes a session's key questions for input. */
  public void keyQuestions(String itemKey, boolean open, String clientId) {
    try {
      evaluations.openKeyQuestions(meeting, itemKey, open);
      refresh();
      FeedbackMessages.info(
          faces, clientId, open ? "feedback.keyQuestions.opened" : "feedback.keyQuestions.closed");
    } catch (FeedbackRefused refused) {
      FeedbackMessages.refused(faces, clientId, refused);
    }
  }

  /** A session's distribution of ratings as a bar chart. */
  public String sessionChart(SessionResults session) {
    return Charts.bars(
        SCALE, session.ratings().distribution(), FeedbackMessages.text(faces, "feedback.count"));
  }

  /** A question's answers as a bar chart: ratings 1 to 5, or the count of each choice. */
  public String questionChart(QuestionResults question) {
    String series = FeedbackMessages.text(faces, "feedback.count");
    if (question.kind() == QuestionKind.RATING) {
      return Charts.bars(SCALE, question.ratings().distribution(), series);
    }
    return Charts.bars(
        question.choices().stream().map(ChoiceCount::label).toList(),
        question.choices().stream().map(ChoiceCount::count).toList(),
        series);
  }

  /** The stable codes of the standard set's rated questions, the comparison's columns. */
  public List<String> getStandardCodes() {
    return StandardSatisfaction.RATED;
  }

  /** What the free-text list can show: session comments, key-question answers, form texts. */
  public List<SelectItem> getTextSources() {
    List<SelectItem> sources = new ArrayList<>();
    for (SessionResults s : sessions) {
      String title = s.number() == null ? s.title() : s.number() + ". " + s.title();
      sources.add(
          new SelectItem(
              "s|" + s.itemKey(),
              title + " – " + FeedbackMessages.text(faces, "feedback.comment")));
      IntStream.range(0, s.keyQuestions().size())
          .forEach(
              i ->
                  sources.add(
                      new SelectItem(
                          "k|" + s.itemKey() + "|" + i, title + " – " + s.keyQuestions().get(i))));
    }
    for (FormResults f : forms) {
      for (QuestionResults q : f.questions()) {
        if (q.kind() == QuestionKind.FREE_TEXT) {
          sources.add(
              new SelectItem(
                  "f|" + f.form().id() + "|" + q.code(), f.form().title() + " – " + q.text()));
        }
      }
    }
    return sources;
  }

  public LazyDataModel<FreeText> getTexts() {
    if (texts == null) {
      texts = new FreeTexts(source(textSource == null ? "" : textSource));
    }
    return texts;
  }

  /** The chosen source changed: the list starts again at its first page. */
  public void showTexts() {
    texts = null;
  }

  private FreeTexts.Source source(String key) {
    String[] parts = key.split("\\|");
    SessionEvaluations sessionService = evaluations;
    FeedbackResults resultService = results;
    String slug = meeting;
    if (parts.length >= 2 && ("s".equals(parts[0]) || "k".equals(parts[0]))) {
      String question = "k".equals(parts[0]) && parts.length == 3 ? keyQuestion(parts) : null;
      return new FreeTexts.Source() {
        private static final long serialVersionUID = 1L;

        @Override
        public List<FreeText> page(int first, int size) {
          return sessionService.texts(slug, parts[1], question, first, size);
        }

        @Override
        public long count() {
          return sessionService.countTexts(slug, parts[1], question);
        }
      };
    }
    if (parts.length == 3 && "f".equals(parts[0])) {
      long formId = Long.parseLong(parts[1]);
      return new FreeTexts.Source() {
        private static final long serialVersionUID = 1L;

        @Override
        public List<FreeText> page(int first, int size) {
          return resultService.texts(formId, parts[2], first, size);
        }

        @Override
        public long count() {
          return resultService.countTexts(formId, parts[2]);
        }
      };
    }
    return new FreeTexts.Source() {
      private static final long serialVersionUID = 1L;

      @Override
      public List<FreeText> page(int first, int size) {
        return List.of();
      }

      @Override
      public long count() {
        return 0;
      }
    };
  }

  private String keyQuestion(String[] parts) {
    int index = Integer.parseInt(parts[2]);
    return sessions.stream()
        .filter(s -> s.itemKey().equals(parts[1]))
        .findFirst()
        .filter(s -> index >= 0 && index < s.keyQuestions().size())
        .map(s -> s.keyQuestions().get(index))
        .orElse(null);
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

  public List<SessionResults> getSessions() {
    return sessions;
  }

  public List<FormResults> getForms() {
    return forms;
  }

  public List<ComparisonRow> getComparison() {
    return comparison;
  }

  public String getTextSource() {
    return textSource;
  }

  public void setTextSource(String textSource) {
    this.textSource = textSource;
  }
}
