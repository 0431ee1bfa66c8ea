package org.plenary.agenda.feedback.domain;

import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A person's answer to one question, by the question's code: a rating, a text, or the labels of the
 * chosen choices, whichever the question's kind asks for.
 */
public record AnswerInput(String code, Integer rating, String text, List<String> choices)
    implements Serializable {
  public AnswerInput {
    choices = choices == null ? List.of() : List.copyOf(choices);
  }

  Set<String> chosen() {
    Set<String> chosen = new LinkedHashSet<>();
    choices.stream().filter(c -> c != null && !c.isBlank()).map(String::strip).forEach(chosen::add);
    return chosen;
  }

  boolean isEmpty() {
    return rating == null && (text == null || text.isBlank()) && chosen().isEmpty();
  }
}
