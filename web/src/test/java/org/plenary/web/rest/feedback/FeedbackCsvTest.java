package org.plenary.web.rest.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.agenda.feedback.application.CsvRow;

class FeedbackCsvTest {
  @Test
  void quotesCommasQuotesAndLineBreaksAndDisarmsFormulas() throws Exception {
    StringWriter out = new StringWriter();
    FeedbackCsv.header(out);
    FeedbackCsv.rows(
        out,
        "e-leaders-2019",
        List.of(
            new CsvRow(
                "form",
                "Session 5",
                "missing",
                "What is missing?",
                "Mari Tamm",
                "A \"real\" chapter,\nplease",
                Instant.parse("2019-09-20T10:00:00Z")),
            new CsvRow("session", "Opening", "rating", "Rating", "=cmd()", "4", null)));

    assertThat(out.toString())
        .isEqualTo(
            FeedbackCsv.HEADER
                + "\r\n"
                + "e-leaders-2019,form,Session 5,missing,What is missing?,Mari Tamm,"
                + "\"A \"\"real\"\" chapter,\nplease\",2019-09-20T10:00:00Z\r\n"
                + "e-leaders-2019,session,Opening,rating,Rating,'=cmd(),4,\r\n");
  }
}
