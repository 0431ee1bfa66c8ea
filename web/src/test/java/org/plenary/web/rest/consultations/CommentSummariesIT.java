package org.plenary.web.rest.consultations;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.plenary.consultation.statistics.application.Statistics;
import org.plenary.web.it.Api;
import org.plenary.web.it.Seed;
import org.plenary.web.it.TestServer;

/**
 * The statistics and the campaign groups are kept on the database for up to a minute (issue 8): a
 * comment written straight into the table (as a bulk load or the benchmark does) shows once the
 * kept counts are older than that, and a moderation change (an answer) shows at once, because it
 * drops them in its own transaction. The time they were counted is given. The report counts its
 * comments exactly up to 10,000 and beyond that takes the statistics' total.
 */
class CommentSummariesIT {
  private static final String COPY = "Keep the ferry line to the islands running in winter.";

  final URL base = TestServer.url();

  @Test
  void statisticsCountRowsWrittenBySqlOnceOlderThanAMinuteAndAnAnswerAtOnce() throws Exception {
    long id = ConsultationFixtures.draft(base, "it-summaries-stats").openNow("Summaries stats");
    Api delegate = Api.asDemo(base, "delegate");
    long first = post(delegate, id, "A first comment.");
    JsonObject counted = statistics(id);
    assertThat(counted.getInt("total")).isEqualTo(1);
    String asOf = counted.getString("asOf");

    insertBySql(id, 0, 3, "Written by SQL, not through the application.", "by-sql-" + id);
    JsonObject kept = statistics(id);
    assertThat(kept.getInt("total")).as("kept for up to a minute").isEqualTo(1);
    assertThat(kept.getString("asOf")).isEqualTo(asOf);

    age("consultation_tally_snapshot", id);
    JsonObject recounted = statistics(id);
    assertThat(recounted.getInt("total")).isEqualTo(4);
    assertThat(OffsetDateTime.parse(recounted.getString("asOf")))
        .isAfter(OffsetDateTime.parse(asOf));

    HttpResponse<String> answered =
        Api.asDemo(base, "member")
            .put(
                "api/consultations/" + id + "/comments/" + first + "/response",
                "{\"outcome\":\"accepted\",\"justification\":\"Done.\"}");
    assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
    JsonObject afterAnswer = statistics(id);
    assertThat(afterAnswer.getJsonArray("byOutcome").getValuesAs(JsonObject.class))
        .extracting(t -> t.getString("outcome") + " " + t.getInt("count"))
        .containsExactly("UNANSWERED 3", "ACCEPTED 1");
  }

  @Test
  void campaignGroupsCountRowsWrittenBySqlOnceOlderThanAMinuteAndAnAnswerAtOnce() throws Exception {
    long id = ConsultationFixtures.draft(base, "it-summaries-groups").openNow("Summaries groups");
    Api delegate = Api.asDemo(base, "delegate");
    post(delegate, id, COPY);
    post(delegate, id, COPY);
    JsonObject group = firstGroup(id);
    assertThat(group.getJsonNumber("count").longValue()).isEqualTo(2);

    insertBySql(id, 0, 5, COPY, group.getString("hash"));
    assertThat(firstGroup(id).getJsonNumber("count").longValue()).as("kept").isEqualTo(2);

    age("consultation_campaign_snapshot", id);
    group = firstGroup(id);
    assertThat(group.getJsonNumber("count").longValue()).isEqualTo(7);
    assertThat(group.getJsonNumber("answered").longValue()).isZero();

    HttpResponse<String> answered =
        Api.asDemo(base, "member")
            .put(
                "api/consultations/" + id + "/campaigns/" + group.getString("hash") + "/response",
                "{\"outcome\":\"noted\",\"justification\":\"Forwarded.\"}");
    assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
    assertThat(firstGroup(id).getJsonNumber("answered").longValue()).isEqualTo(7);
  }

  @Test
  void theReportCountsUpToTenThousandCommentsExactlyAndBeyondAsTheStatistics() throws Exception {
    long id = ConsultationFixtures.draft(base, "it-summaries-report").closed("Summaries report");
    HttpResponse<String> published =
        Api.asDemo(base, "member").post("api/consultations/" + id + "/report", "");
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    assertThat(statistics(id).getInt("total")).isZero();

    insertBySql(id, 0, Statistics.EXACT_COUNT, "One of many.", "by-sql-" + id);
    assertThat(reportTotal(id)).as("counted, not the kept zero").isEqualTo(10_000);

    insertBySql(id, 10_000, 5, "One of many.", "by-sql-" + id);
    assertThat(reportTotal(id))
        .as("the kept zero is below the cap: counted again")
        .isEqualTo(10_005);
    assertThat(statistics(id).getInt("total")).isEqualTo(10_005);

    insertBySql(id, 10_005, 3, "One of many.", "by-sql-" + id);
    assertThat(reportTotal(id)).as("the statistics' total, kept").isEqualTo(10_005);
    age("consultation_tally_snapshot", id);
    assertThat(reportTotal(id)).isEqualTo(10_008);
  }

  /** The total the report page's paginator gives ("1–50 of 10,005"). */
  private long reportTotal(long id) {
    HttpResponse<String> page =
        Api.anonymous(base).get("consultations/report.xhtml?id=" + id, "text/html");
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    Matcher total = Pattern.compile("1–50 of ([0-9,\\s\u00a0\u202f]+)<").matcher(page.body());
    assertThat(total.find()).as(page.body()).isTrue();
    return Long.parseLong(total.group(1).replaceAll("[^0-9]", ""));
  }

  /**
   * Moves the kept counts of a consultation two minutes into the past, as if a while had passed.
   */
  static void age(String table, long consultationId) {
    try (Seed seed = Seed.open()) {
      int aged =
          seed.execute(
              "update " + table + " set computed_at = ? where consultation_id = ?",
              OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(2),
              consultationId);
      seed.commit();
      assertThat(aged).as("kept counts of consultation " + consultationId).isEqualTo(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private JsonObject statistics(long id) {
    HttpResponse<String> response =
        Api.anonymous(base).get("api/consultations/" + id + "/statistics");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Api.json(response).asJsonObject();
  }

  private JsonObject firstGroup(long id) {
    HttpResponse<String> response =
        Api.anonymous(base).get("api/consultations/" + id + "/campaigns");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonObject list = Api.json(response).asJsonObject();
    assertThat(list.getString("asOf")).isNotBlank();
    return list.getJsonArray("items").getJsonObject(0);
  }

  /** Published comments written by SQL, number {@code from} of the consultation's onwards. */
  private static void insertBySql(long id, int from, int rows, String text, String hash)
      throws SQLException {
    try (Seed seed = Seed.open()) {
      seed.publishedComments(id, from, Collections.nCopies(rows, text), hash);
      seed.commit();
    }
  }

  private static long post(Api api, long id, String text) {
    HttpResponse<String> posted =
        api.post(
            "api/consultations/" + id + "/comments",
            "{\"text\":\"" + text + "\",\"category\":\"citizen\",\"country\":\"EE\"}");
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
    return Api.json(posted).asJsonObject().getJsonNumber("id").longValue();
  }
}
