package org.plenary.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.web.browser.Accessibility.assertAccessible;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.plenary.web.browser.MeetingEditPage.ItemDialog;
import org.plenary.web.browser.MeetingEditPage.Row;
import org.plenary.web.it.Api;

/**
 * The secretariat plans meetings through the planning pages: a whole meeting built from scratch,
 * every rule of the agenda refused beside its field, an edit lost to someone else's, the keyboard
 * controls, and the pages refused to a delegate. Every page is checked with axe; what the pages
 * saved is read back through the REST API.
 */
class MeetingPlanningBrowserIT extends BrowserTest {
  private static final String PLANNING = "api/planning/meetings/";

  @Test
  void buildsATwoDayMeetingInSeoulWithParallelRoomsAndASplitSession(TestInfo test) {
    String slug = slug(test);
    LoginPage.openFrom(driver, base, "/" + MeetingListPage.PATH)
        .signInAs("secretariat", LoginPage.DEMO_PASSWORD);
    MeetingListPage list = MeetingListPage.showing(driver, base);
    assertThat(list.heading()).isEqualTo("Plan meetings");
    assertThat(list.navigation()).contains("Plan meetings");
    assertAccessible(driver);

    list.startNewMeeting();
    assertAccessible(driver);
    MeetingEditPage edit =
        list.create(
            slug,
            "E-Leaders 2026 Seoul",
            "Government Complex Seoul",
            "Seoul",
            "Asia/Seoul",
            "2026-10-13",
            "2026-10-14");
    assertThat(edit.heading()).isEqualTo("Plan: E-Leaders 2026 Seoul");
    assertThat(edit.link("versionsLink"))
        .startsWith("Publish and history")
        .endsWith("versions.xhtml?slug=" + slug);
    assertThat(edit.link("copyLink"))
        .startsWith("Copy as template")
        .endsWith("copy.xhtml?slug=" + slug);

    edit.fillNewDay("2026-10-13", "Day 1", "08:00", "19:00").saveDay();
    edit.fillNewDay("2026-10-14", "Day 2", "", "")
        .admitToDay("Delegations of member countries")
        .admitToDay("Delegations of invited non-member countries")
        .saveDay();
    assertThat(edit.days()).containsExactly("Day 1", "Day 2");

    edit.showDay("Day 1");
    edit.newItem()
        .kind("Opening remarks")
        .title("Welcome by the host country")
        .times("09:00", "09:30")
        .save();
    ItemDialog session = edit.newItem();
    assertAccessible(driver);
    session
        .kind("Session")
        .sessionNumber("1")
        .title("Digital identity")
        .times("09:30", "11:30")
        .keyQuestions("What works across borders?", "Who pays for it?")
        .addRole("Chair", "Claire Dubois, OECD", "Claire Dubois")
        .addOrganisationRole("Country intervention", "Estonia", "Delegation of Estonia (EE)")
        .save();
    edit.split("Digital identity", "10:30", "11:00", "12:00");
    edit.newItem().kind("Break").title("Coffee break").times("10:30", "11:00").save();
    edit.newItem()
        .kind("Session")
        .sessionNumber("2")
        .title("Breakout A: data")
        .times("14:00", "15:30")
        .room("Room A")
        .save();
    edit.newItem()
        .kind("Session")
        .sessionNumber("2")
        .title("Breakout B: services")
        .times("14:00", "15:30")
        .room("Room B")
        .save();

    assertThat(edit.items())
        .containsExactly(
            new Row("09:00–09:30", "Welcome by the host country", "Whole venue"),
            new Row("09:30–10:30", "Digital identity", "Whole venue"),
            new Row("10:30–11:00", "Coffee break", "Whole venue"),
            new Row("11:00–12:00", "Digital identity", "Whole venue"),
            new Row("14:00–15:30", "Breakout A: data", "Room A"),
            new Row("14:00–15:30", "Breakout B: services", "Room B"));
    assertThat(edit.timelineRooms()).containsExactly("Whole venue", "Room A", "Room B");
    assertThat(edit.timelineItems()).contains("Breakout A: data", "Breakout B: services");
    assertAccessible(driver);

    edit.showDay("Day 2");
    edit.newItem().kind("Wrap-up").title("Wrap-up and next steps").times("16:00", "17:00").save();
    assertThat(edit.items()).extracting(Row::title).containsExactly("Wrap-up and next steps");

    JsonObject draft = draft(slug);
    assertThat(draft.getString("timeZone")).isEqualTo("Asia/Seoul");
    JsonArray days = draft.getJsonArray("days");
    assertThat(days).hasSize(2);
    JsonObject day2 = days.getJsonObject(1);
    assertThat(day2.getJsonObject("audience").getJsonArray("categories").toString())
        .contains("OECD_MEMBER_DELEGATION", "NON_MEMBER_DELEGATION");
    List<JsonObject> day1Items = objects(days.getJsonObject(0).getJsonArray("items"));
    JsonObject first = day1Items.get(1);
    assertThat(first.getString("title")).isEqualTo("Digital identity");
    assertThat(first.getString("start")).startsWith("2026-10-13T09:30").endsWith("+09:00");
    assertThat(first.getJsonArray("keyQuestions").getValuesAs(JsonValue::toString))
        .containsExactly("\"What works across borders?\"", "\"Who pays for it?\"");
    assertThat(first.getJsonArray("roles").getJsonObject(0).getString("label"))
        .isEqualTo("Claire Dubois, OECD");
    assertThat(first.getJsonArray("roles").getJsonObject(0).containsKey("personId")).isTrue();
    JsonObject estonia = first.getJsonArray("roles").getJsonObject(1);
    assertThat(estonia.getString("kind")).isEqualTo("COUNTRY_INTERVENTION");
    assertThat(estonia.containsKey("organisationId")).isTrue();
    assertThat(estonia.containsKey("personId")).isFalse();
    assertThat(day1Items.get(3).getBoolean("continued")).isTrue();

    // Publish it, change it through the editor, publish again, read the history.
    AgendaVersionsPage versions = AgendaVersionsPage.open(driver, base, slug);
    versions.publish(null);
    assertThat(versions.versions()).hasSize(1);
    edit = MeetingEditPage.open(driver, base, slug);
    edit.showDay("Day 1");
    edit.editItem("Breakout B: services").title("Breakout B: public services").save();
    edit.showDay("Day 2");
    edit.press("Wrap-up and next steps", "later");
    assertThat(edit.timeOf("Wrap-up and next steps")).isEqualTo("16:05–17:05");
    versions = AgendaVersionsPage.open(driver, base, slug);
    versions.publish(null);
    assertThat(versions.versions()).hasSize(2);
    assertThat(versions.changesHeading()).startsWith("From Version 1").contains("to Version 2");
    assertThat(versions.changes().get("Items renamed"))
        .containsExactly(
            "Renamed: \"Breakout B: services\" is now \"Breakout B: public services\".");
    assertThat(versions.changes().get("Items at new times"))
        .singleElement()
        .asString()
        .contains("Wrap-up and next steps", "16:00–17:00", "16:05–17:05");
    assertAccessible(driver);
  }

  @Test
  void findsMeetingsByWordsCityAndStatusAndSortsThem() {
    Api secretariat = Api.asDemo(url, "secretariat");
    for (String[] meeting :
        List.of(
            new String[] {"qzplan-alpha", "Qzplan Alpha", "Paris", "2031-03-02"},
            new String[] {"qzplan-beta", "Qzplan Beta", "Zqville", "2032-05-04"})) {
      HttpResponse<String> created =
          secretariat.post(
              "api/planning/meetings",
              """
              {"id": "%s", "title": "%s",
               "venue": {"name": "Venue", "addressLines": [], "city": "%s"},
               "timeZone": "Europe/Paris", "startDate": "%s", "endDate": "%s"}
              """
                  .formatted(meeting[0], meeting[1], meeting[2], meeting[3], meeting[3]));
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }
    LoginPage.openFrom(driver, base, "/" + MeetingListPage.PATH)
        .signInAs("secretariat", LoginPage.DEMO_PASSWORD);
    MeetingListPage list = MeetingListPage.showing(driver, base);

    list.filter("qzplan", List.of("Qzplan Beta", "Qzplan Alpha"));
    list.sortBy("title", "ascending", List.of("Qzplan Alpha", "Qzplan Beta"));
    list.filter("zqville", List.of("Qzplan Beta"));
    assertAccessible(driver);
    list.filter("qzplan", List.of("Qzplan Alpha", "Qzplan Beta"));
    list.status("Published", List.of());
    list.status("Draft", List.of("Qzplan Alpha", "Qzplan Beta"));
    assertAccessible(driver);
  }

  @Test
  void showsEachRuleOfTheAgendaBesideTheFieldToCorrect(TestInfo test) {
    String slug = slug(test);
    // Europe/Paris springs forward at 02:00 on Sunday 29 March 2026: 02:30 does not exist.
    createMeeting(slug, "Europe/Paris", "2026-03-28", "2026-03-29");
    signInAsSecretariat();
    MeetingEditPage edit = MeetingEditPage.open(driver, base, slug);

    edit.fillNewDay("2026-04-02", "Too late", "", "");
    assertThat(edit.saveDayRefused("dayDate"))
        .isEqualTo("This day is outside the meeting's dates.");
    assertAccessible(driver);
    edit.type("dayForm:dayDate", "2026-03-28");
    edit.type("dayForm:dayLabel", "Saturday");
    edit.type("dayForm:opensAt", "09:00");
    edit.type("dayForm:closesAt", "18:00");
    edit.saveDay();
    edit.fillNewDay("2026-03-29", "Sunday", "", "").saveDay();

    edit.showDay("Saturday");
    edit.newItem()
        .kind("Session")
        .sessionNumber("1")
        .title("Plenary")
        .times("10:00", "11:00")
        .room("Room A")
        .addRole("Chair", "Claire Dubois", "Claire Dubois")
        .save();

    ItemDialog item = edit.newItem().kind("Other").title("Side talk").times("12:00", "11:00");
    assertThat(item.saveRefused("End")).isEqualTo("The end must be after the start.");
    assertAccessible(driver);

    item.times("17:30", "19:00");
    assertThat(item.saveRefused("End"))
        .isEqualTo("This is outside the day's hours, or not on a day of the meeting.");

    item.times("10:30", "11:30").room("Room A");
    assertThat(item.saveRefused("Room")).isEqualTo("This overlaps \"Plenary\" in the same room.");

    item.room("Room B").addRole("Speaker", "Claire Dubois", "Claire Dubois");
    assertThat(item.saveRefused("Roles"))
        .isEqualTo("This person also plays a part in \"Plenary\" at the same time.");
    assertThat(item.title()).as("the input is kept").isEqualTo("Side talk");
    item.cancel();

    edit.showDay("Sunday");
    ItemDialog night = edit.newItem().kind("Other").title("Night train").times("02:30", "03:30");
    assertThat(night.saveRefused("Start"))
        .isEqualTo("2026-03-29T02:30 does not exist in Europe/Paris: the clocks skip it.");
    assertAccessible(driver);
  }

  @Test
  void tellsTheSecondEditorThatSomeoneElseChangedTheMeetingAndKeepsTheirInput(TestInfo test) {
    String slug = slug(test);
    createMeeting(slug, "Asia/Seoul", "2026-05-12", "2026-05-13");
    signInAsSecretariat();
    MeetingEditPage edit = MeetingEditPage.open(driver, base, slug);
    edit.retitle("E-Leaders 2026, as the first editor wants it");

    long version = draft(slug).getJsonNumber("version").longValue();
    HttpResponse<String> other =
        secretariat()
            .put(
                PLANNING + slug,
                """
                {"version": %d, "title": "E-Leaders 2026, as the other editor wants it",
                 "venue": {"name": "Government Complex Seoul", "city": "Seoul"},
                 "timeZone": "Asia/Seoul", "startDate": "2026-05-12", "endDate": "2026-05-13"}
                """
                    .formatted(version));
    assertThat(other.statusCode()).as(other.body()).isEqualTo(200);

    edit.saveDetails();

    assertThat(edit.pageMessages())
        .contains(
            "Someone else changed this meeting; reload to see their change — your input is"
                + " kept.");
    assertThat(edit.titleField()).isEqualTo("E-Leaders 2026, as the first editor wants it");
    assertThat(draft(slug).getString("title"))
        .isEqualTo("E-Leaders 2026, as the other editor wants it");
    assertAccessible(driver);

    edit.reload();
    assertThat(edit.titleField()).isEqualTo("E-Leaders 2026, as the first editor wants it");
    edit.saveDetails();
    assertThat(edit.pageMessages()).contains("The meeting was saved.");
    assertThat(draft(slug).getString("title"))
        .isEqualTo("E-Leaders 2026, as the first editor wants it");
  }

  @Test
  void movesAnItemWithTheKeyboardAlone(TestInfo test) {
    String slug = slug(test);
    MeetingEditPage edit = editorOfAOneDayMeeting(slug);
    edit.newItem()
        .kind("Session")
        .sessionNumber("1")
        .title("Group work")
        .times("09:00", "10:00")
        .room("Room A")
        .save();
    edit.newItem()
        .kind("Session")
        .sessionNumber("1")
        .title("Group work B")
        .times("09:00", "10:00")
        .room("Room B")
        .save();

    edit.press("Group work", "later");
    assertThat(edit.timeOf("Group work")).isEqualTo("09:05–10:05");
    edit.press("Group work", "longer");
    assertThat(edit.timeOf("Group work")).isEqualTo("09:05–10:10");
    edit.press("Group work", "earlier").press("Group work", "shorter");
    assertThat(edit.timeOf("Group work")).isEqualTo("09:00–10:00");

    edit.chooseRoomFor("Group work", "Room B").press("Group work", "moveToRoom");
    assertThat(edit.itemsMessages()).contains("This overlaps \"Group work B\" in the same room.");
    assertAccessible(driver);

    JsonObject item =
        draft(slug).getJsonArray("days").getJsonObject(0).getJsonArray("items").getJsonObject(0);
    assertThat(item.getString("start")).startsWith("2026-05-12T09:00");
    assertThat(item.getString("room")).isEqualTo("Room A");
  }

  @Test
  void opensAnItemFromTheTimelineAndMovesItByDraggingIt(TestInfo test) {
    String slug = slug(test);
    MeetingEditPage edit = editorOfAOneDayMeeting(slug);
    edit.newItem().kind("Break").title("Coffee").times("10:00", "10:30").save();

    ItemDialog dialog = edit.clickOnTimeline("Coffee");
    assertThat(dialog.title()).isEqualTo("Coffee");
    dialog.cancel();

    edit.dragOnTimeline("Coffee", 200);

    String moved = edit.timeOf("Coffee");
    assertThat(moved).isNotEqualTo("10:00–10:30");
    assertThat(Integer.parseInt(moved.substring(0, 2))).isGreaterThanOrEqualTo(10);
    JsonObject item =
        draft(slug).getJsonArray("days").getJsonObject(0).getJsonArray("items").getJsonObject(0);
    assertThat(item.getString("start")).startsWith("2026-05-12T" + moved.substring(0, 5));
    assertThat(item.getString("end")).startsWith("2026-05-12T" + moved.substring(6, 11));
  }

  @Test
  void refusesADelegateThePlanningPages(TestInfo test) {
    String slug = slug(test);
    createMeeting(slug, "Asia/Seoul", "2026-05-12", "2026-05-12");
    LoginPage.open(driver, base).signInAs("delegate", LoginPage.DEMO_PASSWORD);
    HomePage home = HomePage.showing(driver, base);
    assertThat(home.navigation()).doesNotContain("Plan meetings");

    MeetingListPage.request(driver, base);
    assertThat(new PlenaryPage(driver, base).heading()).isEqualTo("You may not open this page");
    assertAccessible(driver);

    MeetingEditPage.request(driver, base, slug);
    assertThat(new PlenaryPage(driver, base).heading()).isEqualTo("You may not open this page");
  }

  /** A meeting on 12 May 2026 in Seoul with its one day, open in the secretariat's editor. */
  private MeetingEditPage editorOfAOneDayMeeting(String slug) {
    createMeeting(slug, "Asia/Seoul", "2026-05-12", "2026-05-12");
    signInAsSecretariat();
    MeetingEditPage edit = MeetingEditPage.open(driver, base, slug);
    edit.fillNewDay("2026-05-12", "Day 1", "", "").saveDay();
    return edit;
  }

  private void signInAsSecretariat() {
    LoginPage.open(driver, base).signInAs("secretariat", LoginPage.DEMO_PASSWORD);
    HomePage.showing(driver, base);
  }

  private Api secretariat() {
    return Api.asDemo(url, "secretariat");
  }

  private void createMeeting(String slug, String zone, String start, String end) {
    HttpResponse<String> response =
        secretariat()
            .post(
                PLANNING,
                """
                {"id": "%s", "title": "Planning test %s",
                 "venue": {"name": "Conference centre", "city": "Somewhere"},
                 "timeZone": "%s", "startDate": "%s", "endDate": "%s"}
                """
                    .formatted(slug, slug, zone, start, end));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
  }

  private JsonObject draft(String slug) {
    HttpResponse<String> response = secretariat().get(PLANNING + slug);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Api.json(response).asJsonObject();
  }

  private static List<JsonObject> objects(JsonArray array) {
    return array.getValuesAs(JsonObject.class);
  }

  /** A meeting of its own for each test. */
  private static String slug(TestInfo test) {
    String name =
        test.getTestMethod().orElseThrow().getName().toLowerCase().replaceAll("[^a-z]", "");
    return "ui-" + name.substring(0, Math.min(30, name.length()));
  }
}
