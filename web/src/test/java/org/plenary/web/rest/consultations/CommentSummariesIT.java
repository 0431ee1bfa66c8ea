package org.plenary.web.rest.consultations;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.plenary.web.it.Api;
import org.plenary.web.it.Seed;
import org.plenary.web.it.TestServer;

/**
 * The statistics and the campaign groups are kept on the database for up to a minute (issue 8): a
 * comment written straight into the table (as a bulk load or the benchmark does) shows once the
 * kept counts are older than that, and a moderation change (an answer) shows at once, because it
 * drops them in its own transaction. The time they were counted is given.
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

    insertBySql(id, 3, "Written by SQL, not through the application.");
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

    insertBySql(id, 5, COPY, group.getString("hash"));
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

  private static void insertBySql(long id, int rows, String text) throws SQLException {
    insertBySql(id, rows, text, "by-sql-" + id);
  }

  /** Published comments written straight into the table, as the benchmark's generator does. */
  private static void insertBySql(long id, int rows, String text, String hash) throws SQLException {
    try (Seed seed = Seed.open()) {
      // negative ids: never one the application's sequence hands out
      for (int i = 0; i < rows; i++) {
        seed.execute(
            "insert into consultation_comment (id, consultation_id, comment_text, text_hash,"
                + " author_name, category, country, mail_language, published, created_at,"
                + " published_at, version) values (?, ?, ?, ?, 'By SQL', 'CITIZEN', 'EE', 'en',"
                + " true, ?, ?, 1)",
            -(id * 1000 + i),
            id,
            text,
            hash,
            OffsetDateTime.now(ZoneOffset.UTC),
            OffsetDateTime.now(ZoneOffset.UTC));
      }
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
