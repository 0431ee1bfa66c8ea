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
      out.write(
          String.join(
              ",",
              cell(meetingId),
              cell(row.source()),
              cell(row.subject()),
              cell(row.questionCode()),
              cell(row.question()),
              cell(row.respondent()),
              cell(row.answer()),
              cell(row.at() == null ? null : row.at().toString())));
      out.write("\r\n");
    }
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
