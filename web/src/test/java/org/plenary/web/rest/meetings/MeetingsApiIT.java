package org.plenary.web.rest.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.plenary.web.it.Api;
import org.plenary.web.it.Drafts;
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
  void filtersAndSortsThePublishedMeetingsOnWhatTheirPublishedAgendasSay() {
    publish(plan("zq-quito-2020", "Zqlist Meeting 2020", "Quito", "2020-05-05", null));
    publish(plan("zq-lima-2021", "Zqlist Forum 2021", "Lima", "2021-03-02", null));
    publish(plan("zq-oslo-2090", "Zqlist Seminar 2090", "Oslo", "2090-06-06", null));
    Drafts accra = plan("zq-accra-2091", "Zqlist Assembly 2091", "Accra", "2091-03-04", null);
    publish(accra);
    publish(plan("zq-side-2091", "Workshop on zqside", "Accra", "2091-03-04", "zq-accra-2091"));
    plan("zq-draft-2091", "Zqlist draft never published", "Lima", "2091-05-05", null)
        .addDay("2091-05-05", "Day 1");
    accra.edit(
        "PUT",
        "",
        """
        {"version": $V, "title": "Zqrenamed in the draft only", "timeZone": "Africa/Accra",
         "venue": {"name": "Hall", "addressLines": [], "city": "Kumasi"},
         "startDate": "2091-03-04", "endDate": "2091-03-04"}
        """,
        200);
    String quito = "zq-quito-2020";
    String lima = "zq-lima-2021";
    String oslo = "zq-oslo-2090";
    String accraId = "zq-accra-2091";

    JsonObject page = Api.json(Api.anonymous(base).get("api/meetings?q=zqlist")).asJsonObject();
    assertThat(page.getInt("total")).as("the draft never published is not listed").isEqualTo(4);
    assertThat(ids(page)).containsExactly(quito, lima, oslo, accraId);
    assertThat(ids("?q=zqlist&sort=-startDate")).containsExactly(accraId, oslo, lima, quito);
    assertThat(ids("?q=zqlist&sort=title")).containsExactly(accraId, lima, quito, oslo);
    assertThat(ids("?q=zqlist&sort=-city")).containsExactly(quito, oslo, lima, accraId);
    assertThat(ids("?q=zqlist&when=upcoming")).containsExactly(oslo, accraId);
    assertThat(ids("?q=zqlist&when=PAST")).containsExactly(quito, lima);
    assertThat(ids("?q=zqlist&sort=next"))
        .as("the next first, then the latest past")
        .containsExactly(oslo, accraId, lima, quito);
    assertThat(ids("?q=zqlist&sort=next&first=1&size=2"))
        .as("a page across both")
        .containsExactly(accraId, lima);
    assertThat(ids("?q=zqlist&sort=next&first=3&size=2")).containsExactly(quito);
    assertThat(ids("?q=zqlist&sort=next&when=past")).containsExactly(lima, quito);
    assertThat(ids("?q=zqlist&sort=next&when=upcoming&first=1")).containsExactly(accraId);
    assertThat(ids("?q=ZQSIDE"))
        .as("a side meeting's title finds its main meeting")
        .containsExactly(accraId);
    assertThat(ids("?q=accra")).as("the published city").contains(accraId);
    assertThat(ids("?q=zqrenamed")).as("a title changed only in the draft").isEmpty();
    assertThat(ids("?q=kumasi")).as("a city changed only in the draft").isEmpty();
    assertThat(ids("?q=" + URLEncoder.encode("zq_", StandardCharsets.UTF_8)))
        .as("_ is a character, not a wildcard")
        .isEmpty();

    HttpResponse<String> when = Api.anonymous(base).get("api/meetings?when=tomorrow");
    assertThat(when.statusCode()).isEqualTo(400);
    assertThat(when.body()).contains("\"when\"");
    HttpResponse<String> sort = Api.anonymous(base).get("api/meetings?sort=colour");
    assertThat(sort.statusCode()).isEqualTo(400);
    assertThat(sort.body()).contains("\"sort\"");
  }

  private Drafts plan(String slug, String title, String city, String date, String main) {
    Drafts meeting =
        Drafts.plan(
            base,
            """
            {"id": "%s", "title": "%s", "venue": {"name": "Hall", "addressLines": [], "city": "%s"},
             "timeZone": "Africa/Accra", "startDate": "%s", "endDate": "%s"%s}
            """
                .formatted(
                    slug,
                    title,
                    city,
                    date,
                    date,
                    main == null ? "" : ", \"mainMeeting\": \"" + main + "\""));
    return meeting;
  }

  private static void publish(Drafts meeting) {
    String date = meeting.draft().getString("startDate");
    meeting.addDay(date, "Day 1");
    meeting.addItem(date, "OTHER", "Opening", "09:00", "10:00", "");
    meeting.publish(null);
  }

  private List<String> ids(String query) {
    HttpResponse<String> response = Api.anonymous(base).get("api/meetings" + query);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return ids(Api.json(response).asJsonObject());
  }

  private static List<String> ids(JsonObject page) {
    return page.getJsonArray("meetings").getValuesAs(JsonObject.class).stream()
        .map(m -> m.getString("id"))
        .toList();
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
