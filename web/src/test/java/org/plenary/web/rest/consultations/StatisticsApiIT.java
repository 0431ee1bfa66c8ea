package org.plenary.web.rest.consultations;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.plenary.web.it.Api;
import org.plenary.web.it.TestServer;
import org.plenary.web.it.TestSql;

/** A consultation's statistics through the REST API, counted on the database. */
class StatisticsApiIT {
  final URL base = TestServer.url();

  @Test
  void countsCommentsPerDayCategoryCountrySectionAndOutcome() {
    long id = ConsultationFixtures.draft(base, "it-statistics").openNow("Statistics");
    Api delegate = Api.asDemo(base, "delegate");
    long first = post(delegate, id, "One.", 1, "citizen", "EE");
    post(delegate, id, "Two.", 1, "citizen", "FR");
    post(delegate, id, "Three.", null, "ngo", "EE");
    HttpResponse<String> answered =
        Api.asDemo(base, "member")
            .put(
                "api/consultations/" + id + "/comments/" + first + "/response",
                "{\"outcome\":\"accepted\",\"justification\":\"Done.\"}");
    assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);

    HttpResponse<String> response =
        Api.anonymous(base).get("api/consultations/" + id + "/statistics");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonObject statistics = Api.json(response).asJsonObject();
    assertThat(statistics.getInt("total")).isEqualTo(3);
    assertThat(counts(statistics, "byCategory", "category"))
        .isEqualTo(Map.of("citizen", 2, "ngo", 1));
    assertThat(counts(statistics, "byCountry", "country")).isEqualTo(Map.of("EE", 2, "FR", 1));
    assertThat(counts(statistics, "byOutcome", "outcome"))
        .isEqualTo(Map.of("ACCEPTED", 1, "UNANSWERED", 2));
    assertThat(statistics.getJsonArray("bySection").getValuesAs(JsonObject.class))
        .extracting(
            s -> s.getInt("section") + " " + s.getString("heading") + " " + s.getInt("count"))
        .containsExactly("0  1", "1 Purpose 2");
    JsonObject day = statistics.getJsonArray("perDay").getJsonObject(0);
    assertThat(day.getInt("count")).isEqualTo(3);
    assertThat(LocalDate.parse(day.getString("day")))
        .isBetween(
            LocalDate.now(ZoneOffset.UTC).minusDays(1), LocalDate.now(ZoneOffset.UTC).plusDays(1));

    assertThat(Api.anonymous(base).get("api/consultations/987654321/statistics").statusCode())
        .isEqualTo(404);
  }

  @Test
  void countsCommentsPerDayOfTheConsultationsOwnTimeZone() throws SQLException {
    long id = ConsultationFixtures.draft(base, "it-statistics-days").openNow("Statistics days");
    Api delegate = Api.asDemo(base, "delegate");
    long lateEvening = post(delegate, id, "Late evening in Tallinn.", null, "citizen", "EE");
    long afterMidnight = post(delegate, id, "After midnight in Tallinn.", null, "citizen", "EE");
    // The server's clock stamps publication; these two are moved to either side of midnight in
    // Tallinn (EET, UTC+2 in March): 21:30 UTC is 23:30 on 2 March there, 23:30 UTC is 01:30 on
    // 3 March although it is still 2 March in UTC.
    try (Connection db = TestSql.connect();
        PreparedStatement move =
            db.prepareStatement("update consultation_comment set published_at = ? where id = ?")) {
      move.setObject(1, OffsetDateTime.parse("2026-03-02T21:30:00Z"));
      move.setLong(2, lateEvening);
      move.executeUpdate();
      move.setObject(1, OffsetDateTime.parse("2026-03-02T23:30:00Z"));
      move.setLong(2, afterMidnight);
      move.executeUpdate();
    }

    HttpResponse<String> response =
        Api.anonymous(base).get("api/consultations/" + id + "/statistics");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(counts(Api.json(response).asJsonObject(), "perDay", "day"))
        .isEqualTo(Map.of("2026-03-02", 1, "2026-03-03", 1));
  }

  private static Map<String, Integer> counts(JsonObject statistics, String chart, String key) {
    return statistics.getJsonArray(chart).getValuesAs(JsonObject.class).stream()
        .collect(Collectors.toMap(t -> t.getString(key), t -> t.getInt("count")));
  }

  private static long post(
      Api api, long id, String text, Integer section, String category, String country) {
    HttpResponse<String> posted =
        api.post(
            "api/consultations/" + id + "/comments",
            "{\"text\":\"%s\",%s\"category\":\"%s\",\"country\":\"%s\"}"
                .formatted(
                    text,
                    section == null ? "" : "\"section\":" + section + ",",
                    category,
                    country));
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
    return Api.json(posted).asJsonObject().getJsonNumber("id").longValue();
  }
}
