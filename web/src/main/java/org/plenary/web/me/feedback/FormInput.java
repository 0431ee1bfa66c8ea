package org.plenary.web.me.feedback;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.plenary.agenda.feedback.application.FormSheet;
import org.plenary.agenda.feedback.application.QuestionDetails;
import org.plenary.agenda.feedback.domain.AnswerInput;

/** A feedback form on the delegate's page, with the answers being typed. */
public class FormInput implements Serializable {
  private static final long serialVersionUID = 1L;

  private FormSheet sheet;
  private final List<QuestionInput> questions = new ArrayList<>();

  FormInput(FormSheet sheet) {
    refresh(sheet);
  }

  final void refresh(FormSheet newSheet) {
    this.sheet = newSheet;
    Map<String, AnswerInput> mine =
        newSheet.myAnswers().stream()
            .collect(Collectors.toMap(AnswerInput::code, Function.identity()));
    questions.clear();
    for (QuestionDetails question : newSheet.form().questions()) {
      questions.add(new QuestionInput(question, mine.get(question.code())));
    }
  }

  List<AnswerInput> answers() {
    return questions.stream().map(QuestionInput::answer).toList();
  }

  public FormSheet getSheet() {
    return sheet;
  }

  public List<QuestionInput> getQuestions() {
    return questions;
  }

  /** A question and the answer being given to it. */
  public static class QuestionInput implements Serializable {
    private static final long serialVersionUID = 1L;

    private final QuestionDetails question;
    private Integer rating;
    private String text;
    private String choice;
    private String[] choices = new String[0];

    QuestionInput(QuestionDetails question, AnswerInput mine) {
      this.question = question;
      if (mine != null) {
        rating = mine.rating();
        text = mine.text();
        choices = mine.choices().toArray(String[]::new);
        choice = choices.length == 0 ? null : choices[0];
      }
    }

    AnswerInput answer() {
      return switch (question.kind()) {
        case RATING -> new AnswerInput(question.code(), rating, null, null);
        case FREE_TEXT -> new AnswerInput(question.code(), null, text, null);
        case SINGLE_CHOICE ->
            new AnswerInput(
                question.code(), null, null, choice == null ? List.of() : List.of(choice));
        case MULTIPLE_CHOICE -> new AnswerInput(question.code(), null, null, List.of(choices));
      };
    }

    public QuestionDetails getQuestion() {
      return question;
    }

    public String getKind() {
      return question.kind().name();
    }

    public Integer getRating() {
      return rating;
    }

    public void setRating(Integer rating) {
      this.rating = rating;
    }

    public String getText() {
      return text;
    }

    public void setText(String text) {
      this.text = text;
    }

    public String getChoice() {
      return choice;
    }

    public void setChoice(String choice) {
      this.choice = choice;
    }

    public String[] getChoices() {
      return choices.clone();
    }

    public void setChoices(String[] choices) {
      this.choices = choices == null ? new String[0] : choices.clone();
    }
  }
}
