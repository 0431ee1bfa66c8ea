package org.plenary.web.secretariat.minutes;

import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.plenary.agenda.outcomes.application.ItemRecord;

/** One agenda item's record as the minutes page edits it, with what the last save said. */
public class MinutesRow implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

  /** One key question and the answer typed for it. */
  public static class Answer implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String question;
    private String text;

    Answer(String question, String text) {
      this.question = question;
      this.text = text;
    }

    public String getQuestion() {
      return question;
    }

    public String getText() {
      return text;
    }

    public void setText(String text) {
      this.text = text;
    }
  }

  private String itemKey;
  private Integer sessionNumber;
  private String title;
  private String summary;
  private final List<Answer> answers = new ArrayList<>();
  private String decisions;
  private String rapporteur;
  private String rapporteurName;
  private long version;
  private String savedAt;
  private String savedBy;
  private String error;

  MinutesRow(ItemRecord record) {
    show(record);
  }

  /** Takes what the server holds now (after a load or a save). */
  final void show(ItemRecord record) {
    itemKey = record.itemKey();
    sessionNumber = record.sessionNumber();
    title = record.title();
    summary = record.summary();
    decisions = record.decisions();
    answers.clear();
    for (int i = 0; i < record.keyQuestions().size(); i++) {
      answers.add(new Answer(record.keyQuestions().get(i), record.answers().get(i)));
    }
    rapporteur = record.rapporteur();
    rapporteurName = record.rapporteurName();
    version = record.version();
    savedAt = record.updatedAt() == null ? null : TIME.format(record.updatedAt());
    savedBy = record.updatedBy();
    error = null;
  }

  List<String> answerTexts() {
    return answers.stream().map(Answer::getText).toList();
  }

  public String getItemKey() {
    return itemKey;
  }

  public Integer getSessionNumber() {
    return sessionNumber;
  }

  public String getTitle() {
    return title;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public List<Answer> getAnswers() {
    return answers;
  }

  public String getDecisions() {
    return decisions;
  }

  public void setDecisions(String decisions) {
    this.decisions = decisions;
  }

  public String getRapporteur() {
    return rapporteur;
  }

  public void setRapporteur(String rapporteur) {
    this.rapporteur = rapporteur;
  }

  public String getRapporteurName() {
    return rapporteurName;
  }

  public long getVersion() {
    return version;
  }

  /** When the record was last saved (UTC, HH:mm:ss), or null. */
  public String getSavedAt() {
    return savedAt;
  }

  public String getSavedBy() {
    return savedBy;
  }

  /** The last save's refusal, in words, or null. */
  public String getError() {
    return error;
  }

  void setError(String error) {
    this.error = error;
  }
}
