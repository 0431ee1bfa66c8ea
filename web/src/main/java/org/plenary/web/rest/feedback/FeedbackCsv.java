package org.plenary.web.rest.feedback;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.plenary.agenda.feedback.application.CsvRow;

/**
 * Writes feedback rows as CSV (RFC 4180, UTF-8, CRLF). A value that a spreadsheet would run as a
 * formula (starting with =, +, -, @, tab or carriage return) is prefixed with an apostrophe.
 */
public final class FeedbackCsv {
  static final String HEADER =
      "meeting,source,subject,question_code,question,respondent,answer,updated_at";

  private FeedbackCsv() {}

  public static void header(Writer out) throws IOException {
    out.write(HEADER);
    out.write("\r\n");
  }

  public static void rows(Writer out, String meetingId, List<CsvRow> rows) throws IOException {
    for (CsvRow row : rows) {
      line(
          out,
          meetingId,
          row.source(),
          row.subject(),
          row.questionCode(),
          row.question(),
          row.respondent(),
          row.answer(),
          row.at() == null ? null : row.at().toString());
    }
  }

  /** Writes one record: the values as cells (null: empty), then CRLF. */
  public static void line(Writer out, String... values) throws IOException {
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(cell(values[i]));
    }
    out.write("\r\n");
  }

  public static String cell(String value) {
    if (value == null) {
      return "";
    }
    String safe = value;
    if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
      safe = "'" + safe;
    }
    if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
      return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
    return safe;
  }
}
