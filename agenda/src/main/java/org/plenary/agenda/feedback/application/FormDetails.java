package org.plenary.agenda.feedback.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.plenary.agenda.feedback.domain.FeedbackForm;

/** A feedback form with its questions; {@code closesAt} null: no closing time set. */
public record FormDetails(
    long id,
    String meetingId,
    String title,
    Instant opensAt,
    Instant closesAt,
    boolean standard,
    long version,
    List<QuestionDetails> questions)
    implements Serializable {
  static FormDetails of(FeedbackForm form) {
    return new FormDetails(
        form.getId(),
        form.getMeeting().getSlug(),
        form.getTitle(),
        form.getOpensAt(),
        form.getClosesAt(),
        form.isStandard(),
        form.getVersion(),
        form.getQuestions().stream().map(QuestionDetails::of).toList());
  }
}
