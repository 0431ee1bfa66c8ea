package org.plenary.web.rest.planning;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.web.it.Api;
import org.plenary.web.it.Drafts;
import org.plenary.web.it.TestServer;

/**
 * Publishing versions and copying meetings, as the secretariat expects them to behave: who
 * published each version; a label used twice or a version that changes nothing is refused; the
 * public list of meetings goes by the published dates, not the draft's; removing the first block of
 * a split session removes its continuation; a copy keeps the side meetings and drops day labels
 * that name the old dates.
 */
class AgendaVersionsApiIT {
  final URL base = TestServer.url();

  private Drafts twoDayMeeting(String slug, String start, String end) {
    Drafts draft = Drafts.plan(base, slug, "Versions " + slug, "Asia/Seoul", start, end);
    draft.addDay(start, "Day 1");
    draft.addItem(start, "REGISTRATION", "Registration", "08:30", "09:00", "");
    return draft;
  }

  private static JsonObject refusal(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    return Api.json(response).asJsonObject();
  }

  @Test
  void recordsWhoPublishedAndRefusesALabelTakenOrAVersionThatChangesNothing() {
    Drafts draft = twoDayMeeting("versions-who-2031", "2031-03-04", "2031-03-04");
    JsonObject first = draft.publish(null);
    assertThat(first.getString("label")).matches("V\\d{8}");

    JsonObject taken =
        refusal(
            draft.send(
                "POST",
                "/versions",
                "{\"version\": $V, \"label\": \"%s\"}"
                    .formatted(first.getString("label").toLowerCase())),
            422);
    assertThat(taken.getString("code")).isEqualTo("VERSION_LABEL_TAKEN");
    assertThat(taken.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("label");

    JsonObject unchanged =
        refusal(draft.send("POST", "/versions", "{\"version\": $V, \"label\": \"V-same\"}"), 422);
    assertThat(unchanged.getString("code")).isEqualTo("NOTHING_TO_PUBLISH");

    draft.addItem("2031-03-04", "MEAL", "Lunch", "12:00", "13:00", "");
    JsonObject second = draft.publish(null);
    assertThat(second.getInt("number")).isEqualTo(2);
    assertThat(second.getString("label"))
        .as("the suggested label of a second version the same day")
        .isEqualTo(first.getString("label") + "-2");
    JsonArray versions = Api.json(draft.send("GET", "/versions", null)).asJsonArray();
    assertThat(versions.getValuesAs(JsonObject.class))
        .extracting(version -> version.getString("publishedBy"))
        .containsExactly("secretariat", "secretariat");
  }

  @Test
  void listsPublishedMeetingsByTheirPublishedDatesNotTheDrafts() {
    Drafts early = twoDayMeeting("versions-sort-early-2091", "2091-03-01", "2091-03-01");
    early.publish(null);
    Drafts late = twoDayMeeting("versions-sort-late-2091", "2091-04-01", "2091-04-01");
    late.publish(null);
    // The draft of the early meeting moves after the late one; its published version stays put.
    String registration = itemKeys(early).get(0);
    early.edit("DELETE", "/items/" + registration + "?version=$V", null, 200);
    early.edit("DELETE", "/days/2091-03-01?version=$V", null, 200);
    early.edit(
        "PUT",
        "",
        """
        {"version": $V, "title": "Versions early", "timeZone": "Asia/Seoul",
         "venue": {"name": "Government Complex Seoul", "addressLines": [], "city": "Seoul"},
         "startDate": "2091-05-01", "endDate": "2091-05-01"}
        """,
        200);

    List<String> order = publishedMeetingIds();

    assertThat(order).containsSubsequence(early.slug(), late.slug());
    JsonObject published =
        Api.json(Api.anonymous(base).get("api/meetings/" + early.slug())).asJsonObject();
    assertThat(published.getString("startDate")).isEqualTo("2091-03-01");
  }

  /** Every published meeting's id in the order of the public list, page after page. */
  private List<String> publishedMeetingIds() {
    List<String> ids = new ArrayList<>();
    for (int first = 0; ; first += 100) {
      JsonObject page =
          Api.json(Api.anonymous(base).get("api/meetings?first=" + first + "&size=100"))
              .asJsonObject();
      JsonArray meetings = page.getJsonArray("meetings");
      meetings.getValuesAs(JsonObject.class).forEach(meeting -> ids.add(meeting.getString("id")));
      if (meetings.size() < 100) {
        return ids;
      }
    }
  }

  @Test
  void removesTheContinuedBlocksWithTheFirstBlockOfASplitSessionButNotTheOtherWayRound() {
    Drafts draft =
        Drafts.plan(base, "versions-split-2031", "Split", "Asia/Seoul", "2031-05-12", "2031-05-13");
    draft.addDay("2031-05-12", "Day 1");
    draft.addDay("2031-05-13", "Day 2");
    String session =
        draft.addItem(
            "2031-05-12", "SESSION", "Governance", "09:00", "11:00", "\"sessionNumber\": 1");
    String sameDay =
        draft
            .edit(
                "POST",
                "/items/" + session + "/split",
                """
                {"version": $V, "at": "10:00", "resumeDate": "2031-05-12",
                 "resumeStart": "10:30", "resumeEnd": "11:30"}
                """,
                201)
            .getString("itemKey");
    String nextMorning =
        draft
            .edit(
                "POST",
                "/items/" + sameDay + "/split",
                """
                {"version": $V, "at": "11:00", "resumeDate": "2031-05-13",
                 "resumeStart": "09:00", "resumeEnd": "09:30"}
                """,
                201)
            .getString("itemKey");
    String other =
        draft.addItem("2031-05-13", "SESSION", "Data", "10:00", "11:00", "\"sessionNumber\": 2");

    draft.edit("DELETE", "/items/" + nextMorning + "?version=$V", null, 200);
    assertThat(itemKeys(draft)).containsExactly(session, sameDay, other);

    draft.edit("DELETE", "/items/" + session + "?version=$V", null, 200);
    assertThat(itemKeys(draft)).containsExactly(other);
  }

  private static List<String> itemKeys(Drafts draft) {
    List<String> keys = new ArrayList<>();
    for (JsonObject day : draft.draft().getJsonArray("days").getValuesAs(JsonObject.class)) {
      day.getJsonArray("items")
          .getValuesAs(JsonObject.class)
          .forEach(item -> keys.add(item.getString("key")));
    }
    return keys;
  }

  @Test
  void copiesAMeetingWithItsSideMeetingsIntoAnotherTimeZoneWithoutStaleDayLabels() {
    Drafts main =
        Drafts.plan(
            base, "versions-copy-2031", "Forum 2031", "Asia/Seoul", "2031-09-18", "2031-09-19");
    main.addDay("2031-09-18", "Thursday 18 September");
    main.addDay("2031-09-19", "Working Party day");
    String session =
        main.addItem(
            "2031-09-18", "SESSION", "Governance", "09:00", "10:30", "\"sessionNumber\": 1");
    Drafts side =
        Drafts.plan(
            base,
            """
            {"id": "versions-copy-side-2031", "title": "Side event 2031",
             "venue": {"name": "Annex", "addressLines": [], "city": "Seoul"},
             "timeZone": "Asia/Seoul", "startDate": "2031-09-19", "endDate": "2031-09-19",
             "mainMeeting": "versions-copy-2031"}
            """);
    side.addDay("2031-09-19", "Side day");
    String sideItem = side.addItem("2031-09-19", "OTHER", "Open discussion", "09:00", "10:00", "");

    JsonObject copy =
        expectCreated(
            main.send(
                "POST",
                "/copies",
                """
                {"id": "versions-copy-2032", "title": "Forum 2032", "startDate": "2032-09-16",
                 "venue": {"name": "Château de la Muette", "addressLines": ["2 rue André Pascal"],
                           "city": "Paris"},
                 "timeZone": "Europe/Paris"}
                """));

    assertThat(copy.getString("slug")).isEqualTo("versions-copy-2032");
    JsonObject next = planned("versions-copy-2032");
    assertThat(next.getString("timeZone")).isEqualTo("Europe/Paris");
    assertThat(next.getString("startDate")).isEqualTo("2032-09-16");
    assertThat(next.getJsonObject("venue").getString("city")).isEqualTo("Paris");
    JsonArray days = next.getJsonArray("days");
    assertThat(days.getValuesAs(JsonObject.class))
        .extracting(day -> day.getString("label"))
        .containsExactly("Day 1", "Working Party day");
    JsonObject item = days.getJsonObject(0).getJsonArray("items").getJsonObject(0);
    assertThat(item.getString("key")).isEqualTo(session);
    assertThat(item.getString("start")).isEqualTo("2032-09-16T09:00:00+02:00");

    JsonObject sideCopy = planned("versions-copy-side-2032");
    assertThat(sideCopy.getString("title")).isEqualTo("Side event 2032");
    assertThat(sideCopy.getString("startDate")).isEqualTo("2032-09-17");
    assertThat(sideCopy.getJsonObject("mainMeeting").getString("id"))
        .isEqualTo("versions-copy-2032");
    assertThat(
            sideCopy
                .getJsonArray("days")
                .getJsonObject(0)
                .getJsonArray("items")
                .getJsonObject(0)
                .getString("key"))
        .isEqualTo(sideItem);
    assertThat(planned("versions-copy-side-2031").getString("startDate"))
        .as("the original side meeting is untouched")
        .isEqualTo("2031-09-19");
  }

  private JsonObject planned(String slug) {
    HttpResponse<String> response =
        Api.asDemo(base, "secretariat").get(Drafts.MEETINGS + "/" + slug);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Api.json(response).asJsonObject();
  }

  private static JsonObject expectCreated(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return Api.json(response).asJsonObject();
  }

  @Test
  void refusesTheVersionsAndCopiesToADelegate() {
    Drafts draft = twoDayMeeting("versions-delegate-2031", "2031-06-02", "2031-06-02");
    Api delegate = Api.asDemo(base, "delegate");

    assertThat(delegate.get(Drafts.MEETINGS + "/" + draft.slug() + "/versions").statusCode())
        .isEqualTo(403);
    assertThat(
            delegate
                .post(
                    Drafts.MEETINGS + "/" + draft.slug() + "/copies",
                    "{\"id\": \"versions-delegate-2032\", \"title\": \"X\","
                        + " \"startDate\": \"2032-06-01\"}")
                .statusCode())
        .isEqualTo(403);
  }
}
