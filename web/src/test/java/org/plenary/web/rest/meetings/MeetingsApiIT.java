package org.plenary.web.rest.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.plenary.web.it.Api;
import org.plenary.web.it.TestServer;

/** The public agenda through the REST API, on the E-Leaders 2019 demo meeting. */
class MeetingsApiIT {
  final URL base = TestServer.url();

  @Test
  void listsThePublishedMeetingsWithTheirSideMeetings() {
    HttpResponse<String> response = Api.anonymous(base).get("api/meetings");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject page = Api.json(response).asJsonObject();
    assertThat(page.getInt("total")).isGreaterThanOrEqualTo(1);
    JsonObject eLeaders =
        page.getJsonArray("meetings").getValuesAs(JsonObject.class).stream()
            .filter(m -> m.getString("id").equals("e-leaders-2019"))
            .findFirst()
            .orElseThrow();
    assertThat(eLeaders.getString("agendaLabel")).isEqualTo("V20190719");
    assertThat(eLeaders.getJsonArray("sideMeetings").getJsonObject(0).getString("id"))
        .isEqualTo("going-digital-2019");
  }

  @Test
  void givesTheWholeAgendaWithTimesInTheMeetingsZone() {
    JsonObject meeting =
        Api.json(Api.anonymous(base).get("api/meetings/e-leaders-2019")).asJsonObject();

    assertThat(meeting.getString("timeZone")).isEqualTo("Europe/Brussels");
    assertThat(meeting.getString("startDate")).isEqualTo("2019-09-19");
    JsonArray days = meeting.getJsonArray("days");
    assertThat(days).hasSize(2);
    Map<Integer, JsonObject> sessions =
        days.getValuesAs(JsonObject.class).stream()
            .flatMap(day -> day.getJsonArray("items").getValuesAs(JsonObject.class).stream())
            .filter(item -> item.containsKey("sessionNumber"))
            .collect(Collectors.toMap(item -> item.getInt("sessionNumber"), item -> item));
    assertThat(sessions).containsOnlyKeys(1, 2, 3, 4, 5, 6);
    assertThat(sessions.get(1).getString("start")).isEqualTo("2019-09-19T12:45:00+02:00");
    assertThat(sessions.get(1).getString("end")).isEqualTo("2019-09-19T13:45:00+02:00");
    assertThat(sessions.get(1).getJsonArray("keyQuestions")).hasSize(4);
    assertThat(sessions.get(4).getString("start")).isEqualTo("2019-09-20T09:30:00+02:00");
    assertThat(sessions.get(4).getString("format")).isEqualTo("WORLD_CAFE");
    assertThat(sessions.get(6).getString("end")).isEqualTo("2019-09-20T15:30:00+02:00");
  }

  @Test
  void saysWhoEachDayIsOpenTo() {
    JsonObject meeting =
        Api.json(Api.anonymous(base).get("api/meetings/e-leaders-2019")).asJsonObject();
    JsonObject dayTwo = meeting.getJsonArray("days").getJsonObject(1).getJsonObject("audience");

    assertThat(dayTwo.getBoolean("openToEveryone")).isFalse();
    List<String> categories = dayTwo.getJsonArray("categories").getValuesAs(JsonValue::toString);
    assertThat(categories)
        .anyMatch(c -> c.contains("OECD_MEMBER_DELEGATION"))
        .noneMatch(c -> c.contains("PRIVATE_SECTOR"));
    assertThat(dayTwo.getString("note")).contains("open only to delegates");
  }

  @Test
  void includesTheSideMeetingsOwnAgenda() {
    JsonObject meeting =
        Api.json(Api.anonymous(base).get("api/meetings/e-leaders-2019")).asJsonObject();
    JsonObject goingDigital = meeting.getJsonArray("sideMeetings").getJsonObject(0);

    assertThat(goingDigital.getString("id")).isEqualTo("going-digital-2019");
    assertThat(goingDigital.getJsonObject("mainMeeting").getString("id"))
        .isEqualTo("e-leaders-2019");
    JsonArray items = goingDigital.getJsonArray("days").getJsonObject(0).getJsonArray("items");
    assertThat(items.getJsonObject(0).getString("start")).isEqualTo("2019-09-19T09:00:00+02:00");
    assertThat(items.getJsonObject(items.size() - 1).getString("end"))
        .isEqualTo("2019-09-19T11:00:00+02:00");
  }

  @Test
  void answersAnUnknownMeetingWithANotFoundProblem() {
    HttpResponse<String> response = Api.anonymous(base).get("api/meetings/no-such-meeting");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    JsonObject problem = Api.json(response).asJsonObject();
    assertThat(problem.getInt("status")).isEqualTo(404);
    assertThat(problem.getString("detail")).contains("no-such-meeting");
  }

  @Test
  void refusesAPageSizeOutOfRangeNamingTheParameter() {
    HttpResponse<String> response = Api.anonymous(base).get("api/meetings?size=100000");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(
            Api.json(response)
                .asJsonObject()
                .getJsonArray("errors")
                .getJsonObject(0)
                .getString("field"))
        .isEqualTo("size");
  }

  @Test
  void describesTheApiInOpenApiAndReportsReadiness() {
    assertThat(Api.anonymous(base).get("/openapi", "application/json").body())
        .contains("/api/meetings/{id}");
    HttpResponse<String> health = Api.anonymous(base).get("/health/ready");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("plenary-database").contains("UP");
  }
}
