package org.plenary.web.rest.coordination;

import java.io.IOException;
import java.io.Writer;
import org.plenary.consultation.coordination.application.TableRow;
import org.plenary.web.rest.feedback.FeedbackCsv;

/**
 * The table of remarks and responses as CSV (RFC 4180, UTF-8, CRLF), each value made safe from
 * spreadsheet formulas as the other exports do ({@link FeedbackCsv#cell}).
 */
final class CoordinationCsv {
  static final String HEADER =
      "body,position,remark,kind,section,section_heading,remark_text,outcome,explanation,"
          + "answered_at";

  private CoordinationCsv() {}

  static void header(Writer out) throws IOException {
    out.write(HEADER);
    out.write("\r\n");
  }

  static void row(Writer out, TableRow row) throws IOException {
    FeedbackCsv.line(
        out,
        row.getBody(),
        row.getPosition() == null ? null : row.getPosition().name(),
        row.getRemarkNumber() == null ? null : String.valueOf(row.getRemarkNumber()),
        row.getKind() == null ? null : row.getKind().name(),
        row.getSectionKey(),
        row.getSectionHeading(),
        row.getRemark(),
        row.getOutcome() == null ? null : row.getOutcome().name(),
        row.getExplanation(),
        row.getAnsweredAt() == null ? null : row.getAnsweredAt().toString());
  }
}
