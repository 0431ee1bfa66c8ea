package org.plenary.web.consultations;

import java.util.ArrayList;
import java.util.List;
import org.plenary.core.drafts.domain.DraftSection;
import org.plenary.core.drafts.domain.DraftVersion;

/** The consulted version's sections as the pages name them: "2. Principles". */
public final class ConsultedText {
  private ConsultedText() {}

  /** The numbered headings in order; section n is at index n - 1. */
  public static List<String> headings(DraftVersion version) {
    List<DraftSection> sections = version.getSections();
    List<String> headings = new ArrayList<>();
    for (int i = 0; i < sections.size(); i++) {
      headings.add((i + 1) + ". " + sections.get(i).getHeading());
    }
    return headings;
  }
}
