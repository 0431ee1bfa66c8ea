package org.plenary.web.me.feedback;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.plenary.agenda.feedback.application.SessionSheet;
import org.plenary.agenda.feedback.domain.SessionFeedback;

/** A session on the delegate's feedback page, with what they are typing into its form. */
public class SessionInput implements Serializable {
  private static final long serialVersionUID = 1L;

  private SessionSheet sheet;
  private Integer rating;
  private String comment;
  private final List<KeyAnswer> answers = new ArrayList<>();

  SessionInput(SessionSheet sheet) {
    refresh(sheet);
  }

  final void refresh(SessionSheet newSheet) {
    this.sheet = newSheet;
    this.rating = newSheet.myRating();
    this.comment = newSheet.myComment();
    answers.clear();
    for (int i = 0; i < newSheet.keyQuestions().size(); i++) {
      answers.add(new KeyAnswer(newSheet.keyQuestions().get(i), newSheet.myAnswers().get(i)));
    }
  }

  SessionFeedback feedback() {
    return new SessionFeedback(
        rating,
        comment,
        sheet.keyQuestionsOpen() ? answers.stream().map(KeyAnswer::getAnswer).toList() : null);
  }

  public SessionSheet getSheet() {
    return sheet;
  }

  public boolean isRated() {
    return sheet.myRating() != null;
  }

  public Integer getRating() {
    return rating;
  }

  public void setRating(Integer rating) {
    this.rating = rating;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public List<KeyAnswer> getAnswers() {
    return answers;
  }

  /** A key question and the delegate's answer to it. */
  public static class KeyAnswer implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String question;
    private String answer;

    KeyAnswer(String question, String answer) {
      this.question = question;
      this.answer = answer;
    }

    public String getQuestion() {
      return question;
    }

    public String getAnswer() {
      return answer;
    }

    public void setAnswer(String answer) {
      this.answer = answer;
    }
  }
}
