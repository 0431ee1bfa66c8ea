package org.plenary.web.rest.consultations;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.plenary.consultation.consultations.domain.Comment;
import org.plenary.consultation.consultations.domain.Consultation;
import org.plenary.consultation.consultations.domain.ConsultationStatus;
import org.plenary.web.i18n.Texts;
import org.plenary.web.rest.PdfPages;

/**
 * The consultation report as a PDF: its title and period, then every published comment with its
 * response under the heading of its section (whole draft first), in the report's order, its own
 * words in English or French (the comments and answers as written). A4, with Liberation Sans
 * (shipped inside PDFBox) embedded, as the agenda's PDF, so accented letters print everywhere. Rows
 * are added a page of the database at a time; the document is written to the response as it is
 * saved. Laid out by {@link PdfPages}, as the agenda's PDF.
 */
final class ReportPrint implements AutoCloseable {
  private static final float BODY = 10;

  private final PdfPages pdf;
  private final Texts texts;
  private final DateTimeFormatter dateTime;
  private final DateTimeFormatter date;
  private final List<String> headings;
  private Integer section = -1;

  /**
   * @param headings the consulted version's section headings in order (section n at n - 1)
   */
  ReportPrint(
      Consultation consultation, ConsultationStatus status, List<String> headings, Texts texts) {
    this.headings = headings;
    this.texts = texts;
    this.dateTime =
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(texts.locale());
    this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(texts.locale());
    String title = texts.text("pdf.report.subject", consultation.getTitle());
    pdf = new PdfPages(title, title, texts.locale());
    pdf.newPage();
    pdf.paragraph(PdfPages.Role.H1, texts.text("pdf.report.title"), 16, 0);
    pdf.paragraph(consultation.getTitle(), 14, 0);
    pdf.paragraph(
        texts.text(
            "pdf.report.period",
            dateTime.format(consultation.getLocalOpensAt()),
            dateTime.format(consultation.getLocalClosesAt()),
            consultation.getTimeZone(),
            consultation.getDrafterName(),
            texts.text("consultations.status." + status.name())),
        BODY,
        0);
  }

  /** Adds comments in the report's order, with a section heading where a section starts. */
  void add(List<Comment> comments) {
    for (Comment comment : comments) {
      Integer number = comment.getSectionNumber() == null ? 0 : comment.getSectionNumber();
      if (!number.equals(section)) {
        section = number;
        pdf.space(10);
        pdf.paragraph(PdfPages.Role.H2, heading(number), 13, 0);
      }
      pdf.space(4);
      pdf.paragraph(
          texts.text(
              "pdf.report.comment",
              String.valueOf(comment.getId()),
              texts.text("consultations.category." + comment.getCategory().name()),
              comment.getCountry(),
              date.format(comment.getCreatedAt().toLocalDate())),
          BODY - 1,
          0);
      if (comment.isHidden()) {
        paragraphs(texts.text("pdf.report.hidden", comment.getHiddenReason()), 12);
      } else {
        paragraphs(comment.getText(), 12);
      }
      if (comment.isAnswered()) {
        paragraphs(
            texts.text(
                "pdf.report.response",
                texts.text("consultations.outcome." + comment.getResponseOutcome().name()),
                comment.getResponseText()),
            24);
        if (comment.getResolvedVersion() != null) {
          pdf.paragraph(
              comment.getResolvedSection() == null
                  ? texts.text("pdf.report.resolved", String.valueOf(comment.getResolvedVersion()))
                  : texts.text(
                      "pdf.report.resolvedInSection",
                      String.valueOf(comment.getResolvedVersion()),
                      comment.getResolvedSection()),
              BODY,
              24);
        }
      } else {
        pdf.paragraph(texts.text("consultations.report.unanswered"), BODY, 24);
      }
    }
  }

  /** Writes the document; an empty report says so. */
  void save(OutputStream out) throws IOException {
    if (section == -1) {
      pdf.paragraph(texts.text("pdf.report.none"), BODY, 0);
    }
    pdf.save(out);
  }

  @Override
  public void close() throws IOException {
    pdf.close();
  }

  private String heading(int number) {
    if (number == 0 || number > headings.size()) {
      return texts.text("consultations.wholeDraft");
    }
    return texts.text("pdf.report.section", String.valueOf(number), headings.get(number - 1));
  }

  private void paragraphs(String text, float indent) {
    for (String part : text.split("\\R+")) {
      if (!part.isBlank()) {
        pdf.paragraph(part, BODY, indent);
      }
    }
  }
}
