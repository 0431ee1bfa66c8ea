package org.plenary.web.rest.outcomes;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.plenary.agenda.outcomes.application.ApprovedMinutes;
import org.plenary.agenda.outcomes.application.CorrectionView;
import org.plenary.web.i18n.Texts;
import org.plenary.web.rest.PdfPages;

/**
 * The approved minutes as a PDF: the meeting, the version and when it was approved, every agenda
 * item's record (summary, answers to the key questions, decisions), then the corrections log, its
 * own words in English or French (the minutes as written). Laid out by {@link PdfPages}, as the
 * agenda and the consultation report.
 */
final class MinutesPrint implements AutoCloseable {
  private static final float BODY = 10;

  private final PdfPages pdf;

  MinutesPrint(ApprovedMinutes minutes, Texts texts) {
    DateTimeFormatter date =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(texts.locale());
    String title =
        texts.text("pdf.minutes.subject", minutes.title(), String.valueOf(minutes.version()));
    pdf = new PdfPages(title, title, texts.locale());
    pdf.newPage();
    pdf.paragraph(PdfPages.Role.H1, texts.text("pdf.minutes.title"), 16, 0);
    pdf.paragraph(minutes.title(), 14, 0);
    pdf.paragraph(
        texts.text(
            "pdf.minutes.version",
            String.valueOf(minutes.version()),
            date.format(minutes.circulatedAt().toLocalDate()),
            date.format(minutes.approvedAt().toLocalDate())),
        BODY,
        0);
    for (ApprovedMinutes.Item item : minutes.items()) {
      pdf.space(10);
      pdf.paragraph(
          PdfPages.Role.H2,
          (item.sessionNumber() == null
                  ? ""
                  : texts.text("meeting.sessionNumber", item.sessionNumber()) + " ")
              + item.title(),
          13,
          0);
      pdf.paragraph(
          date.format(item.date()) + (item.start() == null ? "" : ", " + item.start()),
          BODY - 1,
          0);
      paragraphs(item.summary(), 0);
      for (ApprovedMinutes.Answer answer : item.answers()) {
        pdf.paragraph(answer.question(), BODY, 12);
        paragraphs(
            answer.answer() == null ? texts.text("pdf.minutes.notAnswered") : answer.answer(), 24);
      }
      if (item.decisions() != null) {
        pdf.paragraph(PdfPages.Role.H3, texts.text("minutes.decisions"), BODY, 0);
        paragraphs(item.decisions(), 12);
      }
    }
    pdf.space(14);
    pdf.paragraph(PdfPages.Role.H2, texts.text("pdf.minutes.corrections"), 13, 0);
    if (minutes.corrections().isEmpty()) {
      pdf.paragraph(texts.text("pdf.minutes.noCorrections"), BODY, 0);
    }
    for (CorrectionView c : minutes.corrections()) {
      pdf.space(4);
      pdf.paragraph(
          texts.text(
              "pdf.minutes.correction",
              String.valueOf(c.number()),
              c.itemTitle(),
              c.proposerName()
                  + (c.proposerDelegation() == null ? "" : " (" + c.proposerDelegation() + ")"),
              date.format(c.proposedAt().toLocalDate())),
          BODY - 1,
          0);
      paragraphs(texts.text("pdf.minutes.passage", c.passage()), 12);
      paragraphs(texts.text("pdf.minutes.wording", c.wording()), 12);
      if (c.comment() != null) {
        paragraphs(texts.text("pdf.minutes.comment", c.comment()), 12);
      }
      paragraphs(
          texts.text(
              "pdf.minutes.decision",
              texts.text("minutes.decision." + c.decision().name())
                  + (c.reason() == null ? "" : " – " + c.reason())),
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
