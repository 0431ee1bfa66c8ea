package org.plenary.web.rest.desk;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.IntFunction;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.plenary.agenda.registrations.application.DeskRow;
import org.plenary.web.rest.feedback.FeedbackCsv;

/**
 * The registration desk's exports, written page by page as the pages are read: CSV (UTF-8, cells
 * that a spreadsheet would run as formulas are defused) and XLSX through POI's streaming workbook,
 * which keeps only a window of rows in memory.
 */
final class DeskExports {
  static final String CSV = "text/csv; charset=UTF-8";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final int PAGE = 500;
  static final List<String> COLUMNS =
      List.of(
          "name",
          "email",
          "organisation",
          "country",
          "status",
          "attendance",
          "social_event",
          "days",
          "registered_at",
          "participant_list",
          "decline_reason",
          "side_meetings",
          "dietary_needs",
          "accessibility_needs");

  private DeskExports() {}

  /** Writes pages (0, 1, 2... of {@link #PAGE} rows) until one comes back short. */
  static void csv(OutputStream output, List<DeskRow> first, IntFunction<List<DeskRow>> pages)
      throws IOException {
    Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
    out.write(String.join(",", COLUMNS));
    out.write("\r\n");
    List<DeskRow> page = first;
    int number = 0;
    while (true) {
      for (DeskRow row : page) {
        FeedbackCsv.line(out, cells(row).toArray(String[]::new));
      }
      if (page.size() < PAGE) {
        break;
      }
      page = pages.apply(++number);
    }
    out.flush();
  }

  static void xlsx(OutputStream output, List<DeskRow> first, IntFunction<List<DeskRow>> pages)
      throws IOException {
    SXSSFWorkbook workbook = new SXSSFWorkbook(100);
    try {
      Sheet sheet = workbook.createSheet("Registrations");
      Row header = sheet.createRow(0);
      for (int i = 0; i < COLUMNS.size(); i++) {
        header.createCell(i).setCellValue(COLUMNS.get(i));
      }
      int rowNumber = 1;
      List<DeskRow> page = first;
      int number = 0;
      while (true) {
        for (DeskRow row : page) {
          Row line = sheet.createRow(rowNumber++);
          List<String> cells = cells(row);
          for (int i = 0; i < cells.size(); i++) {
            line.createCell(i).setCellValue(cells.get(i) == null ? "" : cells.get(i));
          }
        }
        if (page.size() < PAGE) {
          break;
        }
        page = pages.apply(++number);
      }
      workbook.write(output);
    } finally {
      workbook.close(); // also deletes the temporary files of the flushed rows
    }
  }

  private static List<String> cells(DeskRow row) {
    return java.util.Arrays.asList(
        row.name(),
        row.email(),
        row.organisation(),
        row.country(),
        row.status().name(),
        row.attendance().name(),
        row.socialEvent().name(),
        String.join(" ", row.days()),
        row.registeredAt() == null ? null : row.registeredAt().toInstant().toString(),
        row.listed() ? "yes" : "no",
        row.reason(),
        String.join("; ", row.sideMeetings()),
        row.dietaryNeeds(),
        row.accessibilityNeeds());
  }
}
