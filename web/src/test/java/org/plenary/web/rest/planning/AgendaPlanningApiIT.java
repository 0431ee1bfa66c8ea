package org.plenary.web.rest.planning;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.plenary.web.it.Api;
import org.plenary.web.it.Documents;
import org.plenary.web.it.TestServer;
import org.plenary.web.it.TestSql;

/**
 * The secretariat plans a meeting through the REST API alone: a two-day meeting in Seoul with
 * parallel breakout rooms and a split session, published, changed and published again; the public
 * agenda, its calendar and its PDF; every rule of the agenda refused as a 422 problem naming the
 * rule, the field and the item; an edit based on a stale version refused as a 409 problem.
 */
class AgendaPlanningApiIT {
  private static final String MEETINGS = "api/planning/meetings";

  final URL base = TestServer.url();

  private Api secretariat() {
    return Api.asDemo(base, "secretariat");
  }

  /** A slug of its own for each test, so tests never share a meeting. */
  private static String slug(TestInfo test, String prefix) {
    return prefix
        + "-"
        + test.getTestMethod()
            .orElseThrow()
            .getName()
            .toLowerCase()
            .replaceAll("[^a-z]", "")
            .substring(0, 20);
  }

  private static JsonObject json(HttpResponse<String> response) {
    return Api.json(response).asJsonObject();
  }

  /** The planning session: the meeting's slug and its version after the last edit. */
  private final class Plan {
    final String slug;
    long version;

    Plan(String slug, long version) {
      this.slug = slug;
      this.version = version;
    }

    HttpResponse<String> send(String method, String path, String json) {
      return secretariat().send(method, MEETINGS + "/" + slug + path, json);
    }

    /** Sends an edit that must succeed; keeps the new version and answers the body. */
    JsonObject edit(String method, String path, String json, int status) {
      String seen = String.valueOf(version);
      HttpResponse<String> response =
          send(method, path.replace("$V", seen), json == null ? null : json.replace("$V", seen));
      assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
      JsonObject body = json(response);
      version =
          body.containsKey("meetingVersion")
              ? body.getJsonNumber("meetingVersion").longValue()
              : body.getJsonNumber("version").longValue();
      return body;
    }

    String addItem(String json) {
      return edit("POST", "/items", json, 201).getString("itemKey");
    }

    /** Sends an edit that must be refused for the given rule; answers its one error. */
    JsonObject refused(String method, String path, String json, String rule) {
      HttpResponse<String> response =
          send(method, path, json.replace("$V", String.valueOf(version)));
      assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
      assertThat(response.headers().firstValue("Content-Type").orElseThrow())
          .startsWith("application/problem+json");
      JsonObject problem = json(response);
      assertThat(problem.getString("code")).isEqualTo(rule);
      return problem.getJsonArray("errors").getJsonObject(0);
    }
  }

  private Plan create(String slug, String zone, String start, String end) {
    HttpResponse<String> response =
        secretariat()
            .send(
                "POST",
                MEETINGS,
                """
                {"id": "%s", "title": "E-Leaders 2026", "theme": "Digital government – “next steps”",
                 "venue": {"name": "Government Complex Seoul", "addressLines": ["209 Sejong-daero"],
                           "city": "Seoul"},
                 "timeZone": "%s", "startDate": "%s", "endDate": "%s"}
                """
                    .formatted(slug, zone, start, end));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return new Plan(slug, json(response).getJsonNumber("version").longValue());
  }

  private static String item(String date, String kind, String title, String start, String end) {
    return """
        {"version": $V, "date": "%s", "kind": "%s", "title": "%s", "start": "%s", "end": "%s"
        """
            .formatted(date, kind, title, start, end)
        + "}";
  }

  private static String withFields(String item, String fields) {
    return item.substring(0, item.lastIndexOf('}')) + ", " + fields + "}";
  }

  /** Builds the two days in Seoul; answers the keys of the items by title. */
  private Map<String, String> buildSeoulMeeting(Plan plan) {
    plan.edit(
        "POST",
        "/days",
        """
        {"version": $V, "date": "2026-05-12", "label": "Day 1",
         "audience": {"note": "Day 1 is open to all participants."}}
        """,
        201);
    plan.edit(
        "POST",
        "/days",
        """
        {"version": $V, "date": "2026-05-13", "label": "Day 2",
         "audience": {"categories": ["OECD_MEMBER_DELEGATION", "NON_MEMBER_DELEGATION"],
                      "note": "Day 2 is open only to delegates of the Working Party."},
         "opensAt": "08:00", "closesAt": "18:00"}
        """,
        201);
    String d1 = "2026-05-12";
    String d2 = "2026-05-13";
    Map<String, String> keys = new LinkedHashMap<>();
    keys.put(
        "Registration", plan.addItem(item(d1, "REGISTRATION", "Registration", "08:30", "09:00")));
    keys.put(
        "Session 1",
        plan.addItem(
            withFields(
                item(d1, "SESSION", "Governance for a digital government", "09:00", "10:30"),
                """
                "sessionNumber": 1, "description": "The Task Force presents the draft Handbook.",
                "keyQuestions": ["Which institutional models work?", "Which policy levers matter?"],
                "roles": [{"kind": "CHAIR", "label": "Chair"},
                          {"kind": "SECRETARIAT", "label": "OECD Secretariat"}],
                "documents": [{"title": "Draft Handbook", "url": "https://example.org/handbook"}]
                """)));
    JsonObject split =
        plan.edit(
            "POST",
            "/items/" + keys.get("Session 1") + "/split",
            """
            {"version": $V, "at": "09:45", "resumeDate": "2026-05-12",
             "resumeStart": "11:00", "resumeEnd": "11:45"}
            """,
            201);
    keys.put("Session 1, continued", split.getString("itemKey"));
    keys.put(
        "Official welcome",
        plan.addItem(item(d1, "OPENING_REMARKS", "Official welcome", "09:45", "10:30")));
    keys.put("Coffee break", plan.addItem(item(d1, "BREAK", "Coffee break", "10:30", "11:00")));
    keys.put("Lunch", plan.addItem(item(d1, "MEAL", "Lunch", "12:00", "13:00")));
    keys.put(
        "Group A",
        plan.addItem(
            withFields(
                item(d1, "SESSION", "Group A: Digital identity", "13:00", "14:30"),
                "\"sessionNumber\": 2, \"room\": \"Room A\", \"format\": \"INTERACTIVE_GROUPS\"")));
    keys.put(
        "Group B",
        plan.addItem(
            withFields(
                item(d1, "SESSION", "Group B: Service delivery", "13:00", "14:30"),
                "\"sessionNumber\": 2, \"room\": \"Room B\", \"format\": \"INTERACTIVE_GROUPS\"")));
    keys.put(
        "Social event",
        plan.addItem(
            withFields(
                item(d1, "SOCIAL_EVENT", "Social event", "18:00", "22:00"),
                "\"steps\": [{\"time\": \"18:00\", \"label\": \"Bus departs\"},"
                    + " {\"time\": \"22:00\", \"label\": \"Bus returns\"}]")));
    keys.put(
        "Session 3",
        plan.addItem(
            withFields(
                item(d2, "SESSION", "Digital Government Indicators", "09:00", "10:30"),
                "\"sessionNumber\": 3")));
    keys.put(
        "Closing", plan.addItem(item(d2, "CLOSING_REMARKS", "Closing session", "10:30", "11:00")));
    return keys;
  }

  @Test
  void listsEveryMeetingFilteredAndSortedForTheSecretariatOnly() {
    for (String[] meeting :
        List.of(
            new String[] {"qxlist-one", "Qxlist One 50%", "Lisbon", "2033-01-10"},
            new String[] {"qxlist-two", "Qxlist Two", "Oslo", "2033-06-10"})) {
      HttpResponse<String> created =
          secretariat()
              .post(
                  MEETINGS,
                  """
                  {"id": "%s", "title": "%s",
                   "venue": {"name": "Venue", "addressLines": [], "city": "%s"},
                   "timeZone": "Europe/Lisbon", "startDate": "%s", "endDate": "%s"}
                  """
                      .formatted(meeting[0], meeting[1], meeting[2], meeting[3], meeting[3]));
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    JsonObject page = Api.json(secretariat().get(MEETINGS + "?q=qxlist")).asJsonObject();
    assertThat(page.getInt("total")).isEqualTo(2);
    List<JsonObject> items = page.getJsonArray("items").getValuesAs(JsonObject.class);
    assertThat(items)
        .extracting(m -> m.getString("id"))
        .containsExactly("qxlist-two", "qxlist-one");
    assertThat(items.get(0).getString("status")).isEqualTo("DRAFT");
    assertThat(items.get(0).getString("city")).isEqualTo("Oslo");
    assertThat(items.get(0).getJsonNumber("version").longValue()).isNotNegative();
    assertThat(ids("?q=qxlist&sort=-title")).containsExactly("qxlist-two", "qxlist-one");
    assertThat(ids("?q=lisbon")).containsExactly("qxlist-one");
    assertThat(
            ids(
                "?q="
                    + java.net.URLEncoder.encode(
                        "one 50%", java.nio.charset.StandardCharsets.UTF_8)))
        .containsExactly("qxlist-one");
    assertThat(ids("?q=qxlist&status=PUBLISHED")).isEmpty();
    assertThat(ids("?q=e-leaders-2019&status=published")).contains("e-leaders-2019");

    assertThat(secretariat().get(MEETINGS + "?status=ARCHIVED").statusCode()).isEqualTo(400);
    assertThat(secretariat().get(MEETINGS + "?sort=colour").body()).contains("\"sort\"");
    assertThat(secretariat().get(MEETINGS + "?size=0").statusCode()).isEqualTo(400);
    assertThat(Api.asDemo(base, "delegate").get(MEETINGS).statusCode()).isEqualTo(403);
    assertThat(Api.anonymous(base).get(MEETINGS).statusCode()).isEqualTo(401);
  }

  private List<String> ids(String query) {
    HttpResponse<String> response = secretariat().get(MEETINGS + query);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Api.json(response)
        .asJsonObject()
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .stream()
        .map(m -> m.getString("id"))
        .toList();
  }

  @Test
  void buildsPublishesChangesAndRepublishesAMeetingInSeoulAndShowsWhatChanged(TestInfo test)
      throws Exception {
    Plan plan = create(slug(test, "seoul"), "Asia/Seoul", "2026-05-12", "2026-05-13");
    Map<String, String> keys = buildSeoulMeeting(plan);

    JsonObject draft = json(plan.send("GET", "", null));
    assertThat(draft.getJsonNumber("version").longValue()).isEqualTo(plan.version);
    assertThat(draft.getJsonArray("rooms").getValuesAs(JsonString.class))
        .extracting(JsonString::getString)
        .containsExactly("Room A", "Room B");
    JsonObject first =
        plan.edit("POST", "/versions", "{\"version\": $V}", 201).getJsonObject("version");
    assertThat(first.getInt("number")).isEqualTo(1);
    assertThat(first.getString("label")).matches("V\\d{8}");

    JsonObject published = json(Api.anonymous(base).get("api/meetings/" + plan.slug));
    Map<String, JsonObject> items = itemsByKey(published);
    assertThat(items).containsOnlyKeys(keys.values());
    JsonObject continued = items.get(keys.get("Session 1, continued"));
    assertThat(continued.getBoolean("continued")).isTrue();
    assertThat(continued.getInt("sessionNumber")).isEqualTo(1);
    assertThat(continued.getString("start")).isEqualTo("2026-05-12T11:00:00+09:00");
    assertThat(items.get(keys.get("Session 1")).getString("end"))
        .isEqualTo("2026-05-12T09:45:00+09:00");
    assertThat(items.get(keys.get("Group A")).getString("start"))
        .isEqualTo(items.get(keys.get("Group B")).getString("start"));
    assertThat(published.getJsonObject("agenda").getString("label"))
        .isEqualTo(first.getString("label"));

    plan.edit(
        "PUT",
        "/items/" + keys.get("Group B") + "/time",
        "{\"version\": $V, \"start\": \"2026-05-12T14:00\", \"end\": \"2026-05-12T15:30\"}",
        200);
    plan.edit(
        "PUT",
        "/items/" + keys.get("Session 3"),
        withFields(
            item("2026-05-13", "SESSION", "Measuring digital government", "09:00", "10:30"),
            "\"sessionNumber\": 3, \"keyQuestions\": [\"What should we measure next?\"]"),
        200);
    plan.edit("DELETE", "/items/" + keys.get("Closing") + "?version=$V", null, 200);
    String photo = plan.addItem(item("2026-05-13", "OTHER", "Family photo", "10:30", "10:45"));

    JsonObject stillPublished = json(Api.anonymous(base).get("api/meetings/" + plan.slug));
    assertThat(itemsByKey(stillPublished).get(keys.get("Group B")).getString("start"))
        .as("the public sees version 1 while the draft changes")
        .isEqualTo("2026-05-12T13:00:00+09:00");

    JsonObject second =
        plan.edit("POST", "/versions", "{\"version\": $V, \"label\": \"V2-final\"}", 201)
            .getJsonObject("version");
    assertThat(second.getInt("number")).isEqualTo(2);
    JsonArray versions =
        Api.json(secretariat().get(MEETINGS + "/" + plan.slug + "/versions")).asJsonArray();
    assertThat(versions).hasSize(2);
    assertThat(versions.getJsonObject(1).getString("label")).isEqualTo("V2-final");

    JsonArray changes =
        Api.json(secretariat().get(MEETINGS + "/" + plan.slug + "/changes?from=1&to=2"))
            .asJsonArray();
    Map<String, List<String>> kindsByItem =
        changes.getValuesAs(JsonObject.class).stream()
            .filter(change -> change.containsKey("itemKey"))
            .collect(
                Collectors.groupingBy(
                    change -> change.getString("itemKey"),
                    Collectors.mapping(change -> change.getString("kind"), Collectors.toList())));
    assertThat(kindsByItem)
        .containsEntry(keys.get("Group B"), List.of("ITEM_RETIMED"))
        .containsEntry(keys.get("Session 3"), List.of("ITEM_RETITLED", "KEY_QUESTIONS_CHANGED"))
        .containsEntry(keys.get("Closing"), List.of("ITEM_REMOVED"))
        .containsEntry(photo, List.of("ITEM_ADDED"))
        .hasSize(4);
    JsonObject retimed =
        changes.getValuesAs(JsonObject.class).stream()
            .filter(change -> change.getString("kind").equals("ITEM_RETIMED"))
            .findFirst()
            .orElseThrow();
    assertThat(retimed.getString("before")).isEqualTo("2026-05-12 13:00–14:30, Room B");
    assertThat(retimed.getString("after")).isEqualTo("2026-05-12 14:00–15:30, Room B");

    // the same history for everyone, without who published
    Api anyone = Api.anonymous(base);
    JsonArray history =
        Api.json(anyone.get("api/meetings/" + plan.slug + "/versions")).asJsonArray();
    assertThat(history).hasSize(2);
    assertThat(history.getJsonObject(1).getString("label")).isEqualTo("V2-final");
    assertThat(history.getJsonObject(1).containsKey("publishedBy")).isFalse();
    assertThat(Api.json(anyone.get("api/meetings/" + plan.slug + "/changes?from=1&to=2")))
        .isEqualTo(changes);
    assertThat(anyone.get("api/meetings/" + plan.slug + "/changes?from=1&to=3").statusCode())
        .isEqualTo(404);
    assertThat(anyone.get("api/meetings/" + plan.slug + "/changes?from=1").statusCode())
        .isEqualTo(400);
    HttpResponse<String> page =
        anyone.get("meetings/versions.xhtml?slug=" + plan.slug, "text/html");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("V2-final").contains("Family photo");
    JsonArray audit =
        json(secretariat().get("api/audit?objectType=meeting&size=500")).getJsonArray("entries");
    assertThat(
            audit.getValuesAs(JsonObject.class).stream()
                .filter(entry -> plan.slug.equals(entry.getString("objectId", null)))
                .map(entry -> entry.getString("action")))
        .contains(
            "meeting.planned",
            "agenda.day.added",
            "agenda.item.added",
            "agenda.session.split",
            "agenda.item.moved",
            "agenda.item.revised",
            "agenda.item.removed",
            "agenda.published");

    JsonObject copy =
        json(
            secretariat()
                .send(
                    "POST",
                    MEETINGS + "/" + plan.slug + "/copies",
                    "{\"id\": \""
                        + plan.slug
                        + "-next\", \"title\": \"E-Leaders 2027\","
                        + " \"startDate\": \"2027-06-01\"}"));
    JsonObject next = json(secretariat().get(MEETINGS + "/" + copy.getString("slug")));
    assertThat(next.getString("startDate")).isEqualTo("2027-06-01");
    assertThat(next.getString("endDate")).isEqualTo("2027-06-02");
    assertThat(next.getJsonObject("agenda").getString("status")).isEqualTo("DRAFT");
    assertThat(itemsByKey(next).get(keys.get("Group B")).getString("start"))
        .isEqualTo("2027-06-01T14:00:00+09:00");
  }

  @Test
  void exportsThePublishedAgendaAsACalendarInSeoulTimeAndAsAPdf(TestInfo test) throws Exception {
    Plan plan = create(slug(test, "seoul"), "Asia/Seoul", "2026-05-12", "2026-05-13");
    Map<String, String> keys = buildSeoulMeeting(plan);
    plan.edit("POST", "/versions", "{\"version\": $V, \"label\": \"V20260401\"}", 201);

    HttpResponse<String> ics =
        Api.anonymous(base).get("api/meetings/" + plan.slug + "/agenda.ics", "text/calendar");
    assertThat(ics.statusCode()).isEqualTo(200);
    Calendar calendar = new CalendarBuilder().build(new StringReader(ics.body()));
    List<VEvent> events =
        calendar.getComponents("VEVENT").stream().map(VEvent.class::cast).toList();
    assertThat(events).hasSize(keys.size());
    VEvent session1 =
        events.stream()
            .filter(e -> uid(e).equals(plan.slug + "-" + keys.get("Session 1") + "@plenary"))
            .findFirst()
            .orElseThrow();
    ZonedDateTime start = (ZonedDateTime) session1.getStartDate().orElseThrow().getDate();
    assertThat(start.toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 5, 12, 9, 0));
    assertThat(start.toInstant()).isEqualTo(Instant.parse("2026-05-12T00:00:00Z"));

    HttpResponse<String> one =
        Api.anonymous(base)
            .get(
                "api/meetings/" + plan.slug + "/agenda.ics?item=" + keys.get("Group B"),
                "text/calendar");
    List<VEvent> only =
        new CalendarBuilder()
            .build(new StringReader(one.body())).getComponents("VEVENT").stream()
                .map(VEvent.class::cast)
                .toList();
    assertThat(only).hasSize(1);
    assertThat(((ZonedDateTime) only.get(0).getStartDate().orElseThrow().getDate()).toInstant())
        .isEqualTo(Instant.parse("2026-05-12T04:00:00Z"));
    assertThat(
            Api.anonymous(base)
                .get("api/meetings/" + plan.slug + "/agenda.ics?item=i999", "text/calendar")
                .statusCode())
        .isEqualTo(404);

    HttpResponse<byte[]> pdf =
        Api.anonymous(base)
            .getBytes("api/meetings/" + plan.slug + "/agenda.pdf", "application/pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    String text;
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
    assertThat(Documents.taggedLanguage(pdf.body())).as("a tagged PDF").isEqualTo("en");
    assertThat(text)
        .contains("E-LEADERS 2026")
        .contains("(V20260401)")
        .contains("Seoul, 12–13 May 2026")
        .contains("“next steps”")
        .contains("Day 2 is open only to delegates");
    for (String title :
        List.of(
            "Registration",
            "Governance for a digital government",
            "Session 1, continued",
            "Official welcome",
            "Coffee break",
            "Lunch",
            "Group A: Digital identity",
            "Group B: Service delivery",
            "Social event",
            "Digital Government Indicators",
            "Closing session")) {
      assertThat(text).contains(title);
    }
    assertThat(text).contains("Which institutional models work?").contains("OECD Secretariat");
  }

  @Test
  void refusesEachBrokenRuleWithItsCodeFieldAndItem(TestInfo test) throws SQLException {
    Plan plan = create(slug(test, "brussels"), "Europe/Brussels", "2026-03-28", "2026-03-29");
    HttpResponse<String> again =
        secretariat()
            .post(
                MEETINGS,
                """
                {"id": "%s", "title": "Twice", "venue": {"name": "V", "city": "Brussels"},
                 "timeZone": "Europe/Brussels", "startDate": "2026-03-28", "endDate": "2026-03-28"}
                """
                    .formatted(plan.slug));
    assertThat(again.statusCode()).as("the state has moved on: " + again.body()).isEqualTo(409);
    assertThat(json(again).getString("code")).isEqualTo("SLUG_TAKEN");
    assertThat(json(again).getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("id");
    plan.edit(
        "POST",
        "/days",
        "{\"version\": $V, \"date\": \"2026-03-28\", \"label\": \"Day 1\", \"opensAt\": \"08:00\", \"closesAt\": \"20:00\"}",
        201);
    plan.edit(
        "POST", "/days", "{\"version\": $V, \"date\": \"2026-03-29\", \"label\": \"Day 2\"}", 201);
    long person = anyPersonId();
    String groupA =
        plan.addItem(
            withFields(
                item("2026-03-28", "SESSION", "Group A", "10:00", "11:00"),
                "\"sessionNumber\": 1, \"room\": \"Room A\", \"roles\": [{\"kind\": \"MODERATOR\","
                    + " \"label\": \"Moderator\", \"personId\": "
                    + person
                    + "}]"));

    JsonObject endBeforeStart =
        plan.refused(
            "POST",
            "/items",
            item("2026-03-28", "BREAK", "Coffee", "11:00", "10:30"),
            "ITEM_ENDS_BEFORE_IT_STARTS");
    assertThat(endBeforeStart.getString("field")).isEqualTo("end");

    JsonObject outsideDay =
        plan.refused(
            "POST",
            "/items",
            item("2026-03-28", "MEAL", "Breakfast", "07:00", "08:30"),
            "ITEM_OUTSIDE_DAY");
    assertThat(outsideDay.getString("field")).isEqualTo("start");
    assertThat(outsideDay.getJsonObject("arguments").getString("opensAt")).isEqualTo("08:00");

    JsonObject clash =
        plan.refused(
            "POST",
            "/items",
            withFields(
                item("2026-03-28", "OTHER", "Group C", "10:30", "11:30"), "\"room\": \"room a\""),
            "ITEMS_CLASH");
    assertThat(clash.getString("field")).isEqualTo("room");
    assertThat(clash.getJsonObject("arguments").getString("otherItem")).isEqualTo(groupA);

    JsonObject twoPlaces =
        plan.refused(
            "POST",
            "/items",
            withFields(
                item("2026-03-28", "SESSION", "Group B", "10:00", "11:00"),
                "\"sessionNumber\": 1, \"room\": \"Room B\", \"roles\": [{\"kind\": \"SPEAKER\","
                    + " \"label\": \"Speaker\", \"personId\": "
                    + person
                    + "}]"),
            "PERSON_IN_TWO_PLACES");
    assertThat(twoPlaces.getString("field")).isEqualTo("roles");
    assertThat(twoPlaces.getJsonObject("arguments").getString("otherItem")).isEqualTo(groupA);

    JsonObject moveOntoClash =
        plan.refused(
            "PUT",
            "/items/"
                + plan.addItem(item("2026-03-28", "BREAK", "Coffee", "11:00", "11:30"))
                + "/time",
            "{\"version\": $V, \"start\": \"2026-03-28T10:45\", \"end\": \"2026-03-28T11:15\"}",
            "ITEMS_CLASH");
    assertThat(moveOntoClash.getString("item")).isNotBlank();

    JsonObject dayOutside =
        plan.refused(
            "POST",
            "/days",
            "{\"version\": $V, \"date\": \"2026-03-30\", \"label\": \"Day 3\"}",
            "DAY_OUTSIDE_MEETING");
    assertThat(dayOutside.getString("field")).isEqualTo("date");

    JsonObject springForward =
        plan.refused(
            "POST",
            "/items",
            item("2026-03-29", "OTHER", "Night vigil", "02:30", "04:00"),
            "TIME_DOES_NOT_EXIST");
    assertThat(springForward.getString("field")).isEqualTo("start");
    assertThat(springForward.getJsonObject("arguments").getString("time"))
        .isEqualTo("2026-03-29T02:30");

    JsonObject draft = json(plan.send("GET", "", null));
    assertThat(draft.getJsonNumber("version").longValue()).isEqualTo(plan.version);
    assertThat(itemsByKey(draft)).hasSize(2);
  }

  @Test
  void refusesAnEditBasedOnAVersionSomeoneElseChangedMeanwhile(TestInfo test) {
    Plan plan = create(slug(test, "brussels"), "Europe/Brussels", "2026-09-19", "2026-09-19");
    plan.edit(
        "POST", "/days", "{\"version\": $V, \"date\": \"2026-09-19\", \"label\": \"Day 1\"}", 201);
    long seen = plan.version;
    plan.addItem(item("2026-09-19", "REGISTRATION", "Registration", "08:00", "09:00"));

    HttpResponse<String> stale =
        plan.send(
            "POST",
            "/items",
            item("2026-09-19", "BREAK", "Coffee", "10:00", "10:30")
                .replace("$V", String.valueOf(seen)));

    assertThat(stale.statusCode()).isEqualTo(409);
    JsonObject problem = json(stale);
    assertThat(problem.getString("code")).isEqualTo("MEETING_CHANGED_MEANWHILE");
    assertThat(problem.getString("detail")).contains("Someone else changed this meeting");
    assertThat(itemsByKey(json(plan.send("GET", "", null)))).hasSize(1);
    assertThat(
            Api.asDemo(base, "delegate")
                .send(
                    "POST",
                    MEETINGS + "/" + plan.slug + "/versions",
                    "{\"version\": " + plan.version + "}")
                .statusCode())
        .isEqualTo(403);
    assertThat(Api.anonymous(base).get(MEETINGS + "/" + plan.slug).statusCode()).isEqualTo(401);
    assertThat(Api.anonymous(base).get("api/meetings/" + plan.slug).statusCode())
        .as("a meeting never published is not public")
        .isEqualTo(404);
    assertThat(Api.anonymous(base).get("api/meetings/" + plan.slug + "/versions").statusCode())
        .as("nor its history")
        .isEqualTo(404);
    assertThat(plan.send("DELETE", "?version=" + seen, null).statusCode()).isEqualTo(409);
    assertThat(plan.send("DELETE", "?version=" + plan.version, null).statusCode()).isEqualTo(204);
    assertThat(plan.send("GET", "", null).statusCode()).isEqualTo(404);
  }

  @Test
  void keepsTheDemoAgendasAsTheirFirstVersion() {
    for (String demo : List.of("e-leaders-2019", "going-digital-2019")) {
      JsonArray versions =
          Api.json(secretariat().get(MEETINGS + "/" + demo + "/versions")).asJsonArray();
      assertThat(versions).hasSize(1);
      assertThat(versions.getJsonObject(0).getInt("number")).isEqualTo(1);
      assertThat(versions.getJsonObject(0).getString("label")).isEqualTo("V20190719");
    }
  }

  private static Map<String, JsonObject> itemsByKey(JsonObject meeting) {
    return meeting.getJsonArray("days").getValuesAs(JsonObject.class).stream()
        .flatMap(day -> day.getJsonArray("items").getValuesAs(JsonObject.class).stream())
        .collect(Collectors.toMap(item -> item.getString("key"), item -> item));
  }

  private static String uid(VEvent event) {
    return event.<Property>getProperty("UID").orElseThrow().getValue();
  }

  /** A person of the directory (the demo accounts' people), read from the test's database. */
  private static long anyPersonId() throws SQLException {
    try (Connection connection = TestSql.connect();
        ResultSet rows = connection.createStatement().executeQuery("select min(id) from person")) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
