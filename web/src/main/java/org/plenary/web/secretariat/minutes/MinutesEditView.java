package org.plenary.web.secretariat.minutes;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.plenary.agenda.outcomes.application.MinutesSheet;
import org.plenary.agenda.outcomes.application.MinutesWriting;
import org.plenary.agenda.outcomes.domain.MinutesRefused;
import org.plenary.core.shared.NotFoundException;
import org.plenary.web.i18n.FeedbackMessages;

/**
 * Writes a published meeting's minutes (/secretariat/minutes/edit.xhtml?slug=), one form per agenda
 * item. Each form saves itself a moment after typing stops and on leaving a field, and on its save
 * button, naming the version it read: nothing typed waits for a final save, and a colleague's save
 * meanwhile is reported, never overwritten.
 */
@Named
@ViewScoped
public class MinutesEditView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject MinutesWriting minutes;
  @Inject FacesContext faces;
  @Inject ExternalContext external;

  private String slug;
  private String meetingTitle;
  private final List<MinutesRow> rows = new ArrayList<>();

  public void load() throws IOException {
    if (faces.isPostback()) {
      return;
    }
    try {
      MinutesSheet sheet = minutes.sheet(slug == null ? "" : slug);
      meetingTitle = sheet.title();
      sheet.items().forEach(item -> rows.add(new MinutesRow(item)));
    } catch (NotFoundException notFound) {
      external.responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
      faces.responseComplete();
    }
  }

  /** Saves one item's record (autosave and the save button alike). */
  public void save(MinutesRow row) {
    try {
      row.show(
          minutes.write(
              slug,
              row.getItemKey(),
              row.getVersion(),
              row.getSummary(),
              row.answerTexts(),
              row.getDecisions()));
    } catch (MinutesRefused refused) {
      row.setError(FeedbackMessages.text(faces, "minutes.rule." + refused.rule().name()));
    }
  }

  /** Names (or removes) the item's rapporteur; the typed text is kept. */
  public void nameRapporteur(MinutesRow row) {
    String summary = row.getSummary();
    String decisions = row.getDecisions();
    List<String> answers = row.answerTexts();
    try {
      row.show(minutes.nameRapporteur(slug, row.getItemKey(), row.getRapporteur()));
    } catch (NotFoundException unknown) {
      row.setError(FeedbackMessages.text(faces, "minutes.unknownAccount"));
      return;
    }
    row.setSummary(summary);
    row.setDecisions(decisions);
    for (int i = 0; i < answers.size() && i < row.getAnswers().size(); i++) {
      row.getAnswers().get(i).setText(answers.get(i));
    }
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getMeetingTitle() {
    return meetingTitle;
  }

  public List<MinutesRow> getRows() {
    return rows;
  }
}
