package org.plenary.agenda.feedback.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a person says about a session: a rating, an optional comment, and answers to the session's
 * key questions in their order (null or blank for a question left unanswered).
 */
public record SessionFeedback(Integer rating, String comment, List<String> answers) {
  public SessionFeedback {
    answers = answers == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(answers));
  }
}
