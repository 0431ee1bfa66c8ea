package org.plenary.web.rest.consultations;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.plenary.consultation.consultations.domain.Comment;
import org.plenary.consultation.consultations.domain.Consultation;
import org.plenary.web.rest.PdfPages;

/**
 * The consultation report as a PDF: its title and period, then every published comment with its
 * response under the heading of its section (whole draft first), in the report's order. A4, with
 * Liberation Sans (shipped inside PDFBox) embedded, as the agenda's PDF, so accented letters print
 * everywhere. Rows are added a page of the database at a time; the document is written to the
 * response as it is saved. Laid out by {@link PdfPages}, as the agenda's PDF.
 */
final class ReportPrint implements AutoCloseable {
  private static final float BODY = 10;

  private final PdfPages pdf;
  private final List<String> headings;
  private Integer section = -1;

  /**
   * @param headings the consulted version's section headings in order (section n at n - 1)
   */
  ReportPrint(Consultation consultation, String status, List<String> headings) {
    this.headings = headings;
    String title = consultation.getTitle() + " – consultation report";
    pdf = new PdfPages(title, title);
    pdf.newPage();
    pdf.paragraph("CONSULTATION REPORT", 16, 0);
    pdf.paragraph(consultation.getTitle(), 14, 0);
    pdf.paragraph(
        "Open from "
            + consultation.getLocalOpensAt()
            + " to "
            + consultation.getLocalClosesAt()
            + " ("
            + consultation.getTimeZone()
            + "). Drafter: "
            + consultation.getDrafterName()
            + ". Status: "
            + status
            + ".",
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
        pdf.paragraph(heading(number), 13, 0);
      }
      pdf.space(4);
      pdf.paragraph(
          "Comment "
              + comment.getId()
              + " – "
              + comment.getCategory().name().toLowerCase(Locale.ROOT)
              + ", "
              + comment.getCountry()
              + ", "
              + comment.getCreatedAt().toLocalDate(),
          BODY - 1,
          0);
      if (comment.isHidden()) {
        paragraphs("Hidden by the drafter: " + comment.getHiddenReason(), 12);
      } else {
        paragraphs(comment.getText(), 12);
      }
      if (comment.isAnswered()) {
        paragraphs(
            "Response ("
                + comment.getResponseOutcome().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + "): "
                + comment.getResponseText(),
            24);
        if (comment.getResolvedVersion() != null) {
          pdf.paragraph(
              "Resolved in version "
                  + comment.getResolvedVersion()
                  + (comment.getResolvedSection() == null
                      ? ""
                      : ", section " + comment.getResolvedSection()),
              BODY,
              24);
        }
      } else {
        pdf.paragraph("Not answered yet.", BODY, 24);
      }
    }
  }

  /** Writes the document; an empty report says so. */
  void save(OutputStream out) throws IOException {
    if (section == -1) {
      pdf.paragraph("No comments.", BODY, 0);
    }
    pdf.save(out);
  }

  @Override
  public void close() throws IOException {
    pdf.close();
  }

  private String heading(int number) {
    if (number == 0 || number > headings.size()) {
      return "The whole draft";
    }
    return "Section " + number + ": " + headings.get(number - 1);
  }

  private void paragraphs(String text, float indent) {
    for (String part : text.split("\\R+")) {
      if (!part.isBlank()) {
        pdf.paragraph(part, BODY, indent);
      }
    }
  }
}
