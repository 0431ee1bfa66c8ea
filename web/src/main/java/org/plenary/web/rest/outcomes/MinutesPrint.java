package org.plenary.web.rest.outcomes;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.plenary.agenda.outcomes.application.ApprovedMinutes;
import org.plenary.agenda.outcomes.application.CorrectionView;
import org.plenary.web.rest.PdfPages;

/**
 * The approved minutes as a PDF: the meeting, the version and when it was approved, every agenda
 * item's record (summary, answers to the key questions, decisions), then the corrections log. Laid
 * out by {@link PdfPages}, as the agenda and the consultation report.
 */
final class MinutesPrint implements AutoCloseable {
  private static final float BODY = 10;

  private final PdfPages pdf;

  MinutesPrint(ApprovedMinutes minutes) {
    String title = minutes.title() + " – minutes, version " + minutes.version();
    pdf = new PdfPages(title, title);
    pdf.newPage();
    pdf.paragraph("MINUTES", 16, 0);
    pdf.paragraph(minutes.title(), 14, 0);
    pdf.paragraph(
        "Version "
            + minutes.version()
            + ", circulated on "
            + minutes.circulatedAt().toLocalDate()
            + ", approved on "
            + minutes.approvedAt().toLocalDate()
            + ".",
        BODY,
        0);
    for (ApprovedMinutes.Item item : minutes.items()) {
      pdf.space(10);
      pdf.paragraph(
          (item.sessionNumber() == null ? "" : "Session " + item.sessionNumber() + ": ")
              + item.title(),
          13,
          0);
      pdf.paragraph(item.date() + (item.start() == null ? "" : ", " + item.start()), BODY - 1, 0);
      paragraphs(item.summary(), 0);
      for (ApprovedMinutes.Answer answer : item.answers()) {
        pdf.paragraph(answer.question(), BODY, 12);
        paragraphs(answer.answer() == null ? "Not answered." : answer.answer(), 24);
      }
      if (item.decisions() != null) {
        pdf.paragraph("Decisions", BODY, 0);
        paragraphs(item.decisions(), 12);
      }
    }
    pdf.space(14);
    pdf.paragraph("CORRECTIONS LOG", 13, 0);
    if (minutes.corrections().isEmpty()) {
      pdf.paragraph("No corrections were proposed.", BODY, 0);
    }
    for (CorrectionView c : minutes.corrections()) {
      pdf.space(4);
      pdf.paragraph(
          "Correction "
              + c.number()
              + " – "
              + c.itemTitle()
              + " – proposed by "
              + c.proposerName()
              + (c.proposerDelegation() == null ? "" : " (" + c.proposerDelegation() + ")")
              + " on "
              + c.proposedAt().toLocalDate(),
          BODY - 1,
          0);
      paragraphs("Passage: \u201c" + c.passage() + "\u201d", 12);
      paragraphs("Proposed: \u201c" + c.wording() + "\u201d", 12);
      if (c.comment() != null) {
        paragraphs("Comment: " + c.comment(), 12);
      }
      paragraphs(
          "Decision: "
              + c.decision().name().toLowerCase(Locale.ROOT)
              + (c.reason() == null ? "" : " – " + c.reason()),
          12);
    }
  }

  void save(OutputStream out) throws IOException {
    pdf.save(out);
  }

  @Override
  public void close() throws IOException {
    pdf.close();
  }

  private void paragraphs(String text, float indent) {
    if (text == null) {
      return;
    }
    for (String part : text.split("\\R+")) {
      if (!part.isBlank()) {
        pdf.paragraph(part, BODY, indent);
      }
    }
  }
}
