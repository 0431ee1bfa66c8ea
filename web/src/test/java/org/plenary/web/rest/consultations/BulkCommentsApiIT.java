package org.plenary.web.rest.consultations;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.web.it.Api;
import org.plenary.web.it.TestServer;

/**
 * Bulk submission through the REST API: a good upload (CSV or JSON lines) is stored and counted
 * exactly, one bad row refuses the whole upload and is named by row and field, a retry with the
 * same Idempotency-Key stores nothing twice, and only the secretariat and ministries may upload.
 */
class BulkCommentsApiIT {
  private static final String HEADER = "text,section,name,category,country\n";

  final URL base = TestServer.url();

  @Test
  void storesEveryRowOfAGoodUploadAndCountsThemExactly() {
    long id = ConsultationFixtures.draft(base, "it-bulk-good").openNow("Bulk upload");
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 1; i <= 500; i++) {
      csv.append("\"Comment ")
          .append(i)
          .append(", collected on paper\",")
          .append(i % 4 == 0 ? "" : String.valueOf(i % 4)) // empty: the whole draft
          .append(",Respondent ")
          .append(i)
          .append(",citizen,EE\n");
    }
    Api secretariat = Api.asDemo(base, "secretariat");
    HttpResponse<String> stored =
        secretariat.sendAs("POST", bulk(id), "text/csv; charset=UTF-8", csv.toString());
    assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
    assertThat(Api.json(stored).asJsonObject().getInt("stored")).isEqualTo(500);
    assertThat(total(id)).isEqualTo(500);

    String lines =
        """
        {"text":"One from a line","section":1,"name":"Ann","category":"ngo","country":"FR"}

        {"text":"Two from a line","name":"Bob","category":"business","country":"DE"}
        """;
    HttpResponse<String> more =
        Api.asDemo(base, "ministry").sendAs("POST", bulk(id), "application/x-ndjson", lines);
    assertThat(more.statusCode()).as(more.body()).isEqualTo(201);
    assertThat(total(id)).isEqualTo(502);
    JsonObject first =
        Api.json(Api.anonymous(base).get("api/consultations/" + id + "/comments?section=1&size=1"))
            .asJsonObject();
    assertThat(first.getJsonArray("items").getJsonObject(0).toString())
        .doesNotContain("Respondent");
  }

  /**
   * Texts with the characters a bulk write must escape (PostgreSQL's COPY: backslash, tab, line
   * breaks, its null marker) come back exactly as sent, in the JSON list and in the CSV export.
   */
  @Test
  void keepsAwkwardTextsExactly() {
    long id = ConsultationFixtures.draft(base, "it-bulk-awkward").openNow("Bulk awkward texts");
    List<String> texts =
        List.of(
            "A tab\there and a backslash \\ there",
            "\\N is not null",
            "Two lines\nand a \"quote\"",
            "Windows\r\nline, comma",
            "Accès équitable — “quoted” 🌍",
            "\\.");
    StringBuilder csv = new StringBuilder(HEADER);
    for (String text : texts) {
      csv.append('"').append(text.replace("\"", "\"\"")).append("\",,Ann,citizen,EE\n");
    }
    HttpResponse<String> stored =
        Api.asDemo(base, "secretariat").sendAs("POST", bulk(id), "text/csv", csv.toString());
    assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
    JsonArray items =
        Api.json(Api.anonymous(base).get("api/consultations/" + id + "/comments?size=10"))
            .asJsonObject()
            .getJsonArray("items");
    assertThat(items.stream().map(item -> item.asJsonObject().getString("text")).toList())
        .containsExactlyElementsOf(texts);
    String export =
        Api.anonymous(base).get("api/consultations/" + id + "/comments", "text/csv").body();
    assertThat(export).contains("\"Two lines\nand a \"\"quote\"\"\"").contains("Accès équitable");
  }

  /**
   * An upload larger than one COPY chunk and than one fetch of the export: every row stored with
   * the ids the answer announces, exported once each in id order, and in section order in the
   * report.
   */
  @Test
  void exportsEveryRowOfALargeUploadOnceInOrder() {
    long id = ConsultationFixtures.draft(base, "it-bulk-large").openNow("Bulk large upload");
    int rows = 50_123; // more than one COPY (50,000 rows) and many fetches of the export (2,000)
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 1; i <= rows; i++) {
      csv.append("Comment ")
          .append(i)
          .append(',')
          .append(i % 4 == 0 ? "" : String.valueOf(i % 4))
          .append(",Respondent ")
          .append(i)
          .append(",ngo,FR\n");
    }
    Api secretariat = Api.asDemo(base, "secretariat");
    HttpResponse<String> stored = secretariat.sendAs("POST", bulk(id), "text/csv", csv.toString());
    assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
    long firstId = Api.json(stored).asJsonObject().getJsonNumber("firstCommentId").longValue();

    HttpResponse<String> export =
        Api.anonymous(base).get("api/consultations/" + id + "/comments", "text/csv");
    assertThat(export.statusCode()).isEqualTo(200);
    List<String> lines = export.body().lines().skip(1).toList();
    assertThat(lines).hasSize(rows);
    List<Long> ids = lines.stream().map(line -> Long.valueOf(line.split(",")[0])).toList();
    assertThat(ids.get(0)).isEqualTo(firstId);
    assertThat(ids).isSorted().doesNotHaveDuplicates();
    assertThat(lines.get(0)).contains(",Comment 1,").contains(",ngo,FR,");
    assertThat(lines.get(rows - 1)).contains(",Comment " + rows + ",");

    HttpResponse<String> report =
        secretariat.get("api/consultations/" + id + "/report.csv", "text/csv");
    assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
    List<String> reportLines = report.body().lines().skip(1).toList();
    assertThat(reportLines).hasSize(rows);
    List<Long> sections =
        reportLines.stream()
            .map(line -> line.split(",")[2])
            .map(section -> section.isEmpty() ? 0L : Long.parseLong(section))
            .toList();
    assertThat(sections).isSorted();
    assertThat(reportLines.get(0)).startsWith(ids.get(3) + ","); // row 4: the whole draft
  }

  @Test
  void refusesTheWholeUploadWhenOneRowBreaksARuleAndNamesRowAndField() {
    long id = ConsultationFixtures.draft(base, "it-bulk-bad").openNow("Bulk refusal");
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 1; i <= 10; i++) {
      csv.append("Comment ").append(i).append(",,Someone,citizen,").append(i == 7 ? "XX" : "EE");
      csv.append('\n');
    }
    csv.append(",,Someone,citizen,EE\n"); // row 11: no text
    HttpResponse<String> refused =
        Api.asDemo(base, "secretariat").sendAs("POST", bulk(id), "text/csv", csv.toString());
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
    assertThat(refused.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    JsonObject problem = Api.json(refused).asJsonObject();
    assertThat(problem.getString("code")).isEqualTo("ROWS_REFUSED");
    assertThat(problem.getInt("errorCount")).isEqualTo(2);
    JsonObject error = problem.getJsonArray("errors").getJsonObject(0);
    assertThat(error.getInt("row")).isEqualTo(7);
    assertThat(error.getString("field")).isEqualTo("country");
    assertThat(error.getString("message")).contains("ISO 3166");
    JsonObject second = problem.getJsonArray("errors").getJsonObject(1);
    assertThat(second.getInt("row")).isEqualTo(11);
    assertThat(second.getString("field")).isEqualTo("text");
    assertThat(total(id)).isZero();
  }

  @Test
  void storesARetriedUploadOnce() {
    long id = ConsultationFixtures.draft(base, "it-bulk-retry").openNow("Bulk retry");
    String csv = HEADER + "Once only,,Ann,citizen,EE\nTwice not,,Bob,citizen,EE\n";
    Api secretariat = Api.asDemo(base, "secretariat");
    HttpResponse<String> first =
        secretariat.sendAs("POST", bulk(id), "text/csv", csv, "Idempotency-Key", "upload-1");
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    HttpResponse<String> again =
        secretariat.sendAs("POST", bulk(id), "text/csv", csv, "Idempotency-Key", "upload-1");
    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    assertThat(Api.json(again).asJsonObject().getBoolean("repeated")).isTrue();
    assertThat(total(id)).isEqualTo(2);

    HttpResponse<String> another =
        Api.asDemo(base, "ministry")
            .sendAs(
                "POST",
                bulk(id),
                "text/csv",
                HEADER + "Another upload,,Cy,ngo,BE\n",
                "Idempotency-Key",
                "upload-1");
    assertThat(another.statusCode()).as(another.body()).isEqualTo(422);
    assertThat(Api.json(another).asJsonObject().getString("code")).isEqualTo("KEY_REUSED");
    assertThat(total(id)).as("nothing stored, nothing dropped in silence").isEqualTo(2);
  }

  @Test
  void refusesOtherRolesAndAnonymousCallers() {
    long id = ConsultationFixtures.draft(base, "it-bulk-roles").openNow("Bulk roles");
    String csv = HEADER + "Not mine to hand in,,Ann,citizen,EE\n";
    assertThat(Api.asDemo(base, "delegate").sendAs("POST", bulk(id), "text/csv", csv).statusCode())
        .isEqualTo(403);
    assertThat(Api.asDemo(base, "member").sendAs("POST", bulk(id), "text/csv", csv).statusCode())
        .isEqualTo(403);
    assertThat(Api.anonymous(base).sendAs("POST", bulk(id), "text/csv", csv).statusCode())
        .isEqualTo(401);
    assertThat(
            Api.asDemo(base, "secretariat")
                .sendAs("POST", bulk(id), "application/json", "{}")
                .statusCode())
        .isEqualTo(415);
    assertThat(total(id)).isZero();
  }

  private static String bulk(long id) {
    return "api/consultations/" + id + "/comments/bulk";
  }

  private long total(long id) {
    return Api.json(Api.anonymous(base).get("api/consultations/" + id + "/comments?size=1"))
        .asJsonObject()
        .getJsonNumber("total")
        .longValue();
  }
}
