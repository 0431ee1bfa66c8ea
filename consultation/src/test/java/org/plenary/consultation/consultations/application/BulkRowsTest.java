package org.plenary.consultation.consultations.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.consultation.consultations.domain.BulkRefused;

class BulkRowsTest {

  @Test
  void readsCsvRowsWithQuotedCommasQuotesAndLineBreaks() {
    List<BulkRow> rows =
        all(
            BulkRows.csv(
                new StringReader(
                    "text,section,name,category,country\r\n"
                        + "\"Keep, \"\"summer\"\"\ntime\",2,Ann,citizen,EE\r\n"
                        + "\n"
                        + "Plain,,Bob,ngo,FR")));
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).number()).isEqualTo(1);
    assertThat(rows.get(0).form().getText()).isEqualTo("Keep, \"summer\"\ntime");
    assertThat(rows.get(0).form().getSection()).isEqualTo(2);
    assertThat(rows.get(1).form().getSection()).isNull();
    assertThat(rows.get(1).form().getCountry()).isEqualTo("FR");
  }

  /** Quoted quotes and line breaks land on every position of the reader's internal buffer. */
  @Test
  void readsEveryRowOfALongUploadWhereverItsQuotesFall() {
    StringBuilder csv = new StringBuilder("text,section,name,category,country\n");
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      String text = "Row " + i + " says \"" + "x".repeat(i % 37) + "\"\nand, more";
      texts.add(text);
      csv.append('"').append(text.replace("\"", "\"\"")).append("\",1,Ann,citizen,EE\r\n");
    }
    List<BulkRow> rows = all(BulkRows.csv(new StringReader(csv.toString())));
    assertThat(csv.length()).isGreaterThan(3 * (1 << 14));
    assertThat(rows.stream().map(row -> row.form().getText()).toList())
        .containsExactlyElementsOf(texts);
    assertThat(rows.get(2999).number()).isEqualTo(3000);
  }

  @Test
  void namesTheRowAndFieldThatCannotBeRead() {
    List<BulkRow> rows =
        all(
            BulkRows.csv(
                new StringReader(
                    "text,section,name,category,country\nA,two,Ann,citizen,EE\nB,1\n")));
    assertThat(rows.get(0).unreadable().row()).isEqualTo(1);
    assertThat(rows.get(0).unreadable().field()).isEqualTo("section");
    assertThat(rows.get(1).unreadable().row()).isEqualTo(2);
    assertThat(rows.get(1).unreadable().field()).isEqualTo("row");
  }

  @Test
  void refusesAnUnknownColumnAtOnce() {
    assertThatThrownBy(() -> all(BulkRows.csv(new StringReader("text,email\nA,a@b.c\n"))))
        .isInstanceOf(BulkRefused.class)
        .satisfies(e -> assertThat(((BulkRefused) e).errors().get(0).field()).isEqualTo("email"));
  }

  @Test
  void readsJsonLinesAndNamesBadOnes() {
    List<BulkRow> rows =
        all(
            BulkRows.jsonLines(
                new StringReader(
                    "{\"text\":\"A\",\"section\":1,\"name\":\"Ann\",\"category\":\"citizen\",\"country\":\"EE\"}\n"
                        + "\n"
                        + "{\"text\":\"B\",\"email\":\"x@y.z\"}\n"
                        + "not json\n"
                        + "{\"text\":\"C\",\"section\":\"x\"}\n"
                        + "{\"text\":\"D\",\"section\":4294967297}")));
    assertThat(rows).hasSize(5);
    assertThat(rows.get(0).form().getSection()).isEqualTo(1);
    assertThat(rows.get(1).unreadable().field()).isEqualTo("email");
    assertThat(rows.get(2).unreadable().row()).isEqualTo(3);
    assertThat(rows.get(3).unreadable().field()).isEqualTo("section");
    assertThat(rows.get(4).unreadable().field()).as("out of range").isEqualTo("section");
  }

  private static List<BulkRow> all(Iterator<BulkRow> rows) {
    List<BulkRow> all = new ArrayList<>();
    rows.forEachRemaining(all::add);
    return all;
  }
}
