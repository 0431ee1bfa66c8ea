package org.plenary.agenda.feedback.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A question as the secretariat writes it; {@code code} may be null (one is made up). */
public record QuestionDraft(
    String code, QuestionKind kind, String text, boolean required, List<String> choices) {
  public QuestionDraft {
    choices =
        choices == null
            ? List.of()
            : Collections.unmodifiableList(
                new ArrayList<>(
                    choices.stream()
                        .filter(c -> c != null && !c.isBlank())
                        .map(String::strip)
                        .toList()));
  }
}
