package org.plenary.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.web.browser.Accessibility.assertAccessible;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.plenary.web.browser.MeetingPage.Item;
import org.plenary.web.it.Api;
import org.plenary.web.it.Drafts;

/**
 * The secretariat publishes versions of an agenda and reads what changed in English and French;
 * copies a meeting as the template for the next one; everyone downloads the published agenda as a
 * PDF or a calendar from the public page. A delegate may not open the secretariat's pages. Every
 * page is checked with axe.
 */
class AgendaVersionsBrowserIT extends BrowserTest {
  private static final String DAY = "2031-05-12";

  /** A one-day meeting in Seoul with a numbered session and a coffee break; answers the session. */
  private String plan(Drafts draft) {
    draft.addDay(DAY, "Day 1");
    String session =
        draft.addItem(
            DAY, "SESSION", "Governance models", "09:00", "10:30", "\"sessionNumber\": 1");
    draft.addItem(DAY, "BREAK", "Coffee Break", "10:30", "10:45", "");
    return session;
  }

  private void signInAsSecretariatTo(String path) {
    LoginPage.openFrom(driver, base, "/" + path).signInAs("secretariat", LoginPage.DEMO_PASSWORD);
  }

  @Test
  void publishesTwoVersionsAndShowsWhatChangedBetweenThemInEnglishAndInFrench() {
    Drafts draft =
        Drafts.plan(url, "browser-versions-2031", "Versions 2031", "Asia/Seoul", DAY, DAY);
    String session = plan(draft);
    signInAsSecretariatTo(AgendaVersionsPage.path(draft.slug()));
    AgendaVersionsPage versions = AgendaVersionsPage.showing(driver, base);
    assertThat(versions.heading()).isEqualTo("Versions of the agenda: Versions 2031");
    assertThat(versions.versions()).isEmpty();
    String firstLabel = versions.label();
    assertThat(firstLabel).matches("V\\d{8}");
    assertAccessible(driver);

    versions.publish(null);

    assertThat(versions.publishMessages())
        .containsExactly(
            "Version 1 is published as " + firstLabel + ". The public agenda shows it now.");
    assertThat(versions.versions()).containsExactly("1 " + firstLabel + " secretariat");
    assertThat(versions.label()).as("the next suggestion").isEqualTo(firstLabel + "-2");

    draft.draft();
    draft.edit(
        "PUT",
        "/items/" + session,
        """
        {"version": $V, "date": "%s", "kind": "SESSION", "sessionNumber": 1,
         "title": "Service-oriented governance", "start": "09:15", "end": "10:30"}
        """
            .formatted(DAY),
        200);
    MeetingPage publicPage = MeetingPage.open(driver, base, draft.slug());
    assertThat(publicPage.items())
        .as("the public still reads version 1")
        .contains(new Item("Day 1", "09:00", "10:30", "Session 1: Governance models"));

    versions = AgendaVersionsPage.open(driver, base, draft.slug());
    versions.compare("Version 1 (" + firstLabel + ")", "Current draft");
    assertThat(versions.changes()).containsKeys("Items at new times", "Items renamed");
    versions.publish(null);

    assertThat(versions.versions())
        .containsExactly("2 " + firstLabel + "-2 secretariat", "1 " + firstLabel + " secretariat");
    assertThat(versions.changesHeading())
        .isEqualTo("From Version 1 (" + firstLabel + ") to Version 2 (" + firstLabel + "-2)");
    assertThat(versions.changes())
        .containsExactly(
            entry(
                "Items at new times",
                "New times: \"Service-oriented governance\", from 2031-05-12 09:00–10:30 to"
                    + " 2031-05-12 09:15–10:30."),
            entry(
                "Items renamed",
                "Renamed: \"Governance models\" is now \"Service-oriented governance\"."));
    assertAccessible(driver);

    versions.switchLanguageTo("fr");
    versions = AgendaVersionsPage.showing(driver, base);
    assertThat(versions.heading()).isEqualTo("Versions de l'ordre du jour : Versions 2031");
    assertThat(versions.changes())
        .containsExactly(
            entry(
                "Points à de nouveaux horaires",
                "Nouvel horaire : « Service-oriented governance », de 2031-05-12 09:00–10:30 à"
                    + " 2031-05-12 09:15–10:30."),
            entry(
                "Points renommés",
                "Renommé : « Governance models » devient « Service-oriented governance »."));
    assertAccessible(driver);

    publicPage = MeetingPage.open(driver, base, draft.slug());
    assertThat(publicPage.items())
        .as("version 2 is public now (the page is still in French)")
        .contains(new Item("Day 1", "09:15", "10:30", "Session 1 : Service-oriented governance"));
    assertThat(publicPage.agendaVersion()).isEqualTo(firstLabel + "-2");

    AgendaHistoryPage history = publicPage.openHistory();
    assertThat(history.versions()).containsExactly("2 " + firstLabel + "-2", "1 " + firstLabel);
    assertThat(history.changesHeading()).isEqualTo("De la version 1 à la version 2");
    assertThat(history.changes()).containsKeys("Points à de nouveaux horaires", "Points renommés");
    assertAccessible(driver);
    history.switchLanguageTo("en");
    assertThat(AgendaHistoryPage.showing(driver, base).changes())
        .containsKeys("Items at new times", "Items renamed")
        .hasSize(2);
    assertAccessible(driver);
  }

  private static Map.Entry<String, List<String>> entry(String group, String change) {
    return Map.entry(group, List.of(change));
  }

  @Test
  void showsBesideTheLabelWhyAVersionIsRefusedAndAboveWhenNothingChanged() {
    Drafts draft =
        Drafts.plan(url, "browser-refusals-2031", "Refusals 2031", "Asia/Seoul", DAY, DAY);
    plan(draft);
    draft.publish("V1-browser");
    signInAsSecretariatTo(AgendaVersionsPage.path(draft.slug()));
    AgendaVersionsPage versions = AgendaVersionsPage.showing(driver, base);

    versions.publish("");
    assertThat(versions.labelMessage()).isEqualTo("Version label is required.");
    assertAccessible(driver);

    versions.publish("v1-browser");
    assertThat(versions.labelMessage())
        .isEqualTo(
            "Another version of this agenda is already labelled v1-browser. Choose another label.");

    versions.publish("V2-browser");
    assertThat(versions.labelMessage()).isEmpty();
    assertThat(versions.publishMessages())
        .containsExactly("Nothing has changed since version 1: there is nothing new to publish.");
    assertThat(versions.versions()).containsExactly("1 V1-browser secretariat");
    assertAccessible(driver);
  }

  @Test
  void copiesAMeetingThroughTheFormIntoANewDraftWithTheSameStructureOnNewDates() {
    Drafts draft =
        Drafts.plan(url, "browser-copy-2031", "Copy Forum 2031", "Asia/Seoul", DAY, "2031-05-13");
    String session = plan(draft);
    draft.addDay("2031-05-13", "Tuesday 13 May");
    String closing =
        draft.addItem("2031-05-13", "CLOSING_REMARKS", "Closing", "16:00", "16:30", "");
    signInAsSecretariatTo(MeetingCopyPage.path(draft.slug()));
    MeetingCopyPage copy = MeetingCopyPage.open(driver, base, draft.slug());
    assertThat(copy.heading()).isEqualTo("Copy \"Copy Forum 2031\" as the next meeting");
    assertThat(copy.field("title")).isEqualTo("Copy Forum 2032");
    assertThat(copy.field("slug")).isEqualTo("browser-copy-2032");
    assertThat(copy.field("startDate")).isEqualTo("2032-05-12");
    assertThat(copy.field("timeZone")).isEqualTo("Asia/Seoul");
    assertAccessible(driver);

    copy.type("startDate", "next spring").type("city", "").copy();

    assertThat(copy.fieldMessage("startDate"))
        .isEqualTo("Give the first day as year-month-day, such as 2020-09-17.");
    assertThat(copy.fieldMessage("city")).isEqualTo("City is required.");
    assertAccessible(driver);

    copy.type("slug", "Browser Copy").type("startDate", "2032-06-01").type("city", "Paris").copy();

    assertThat(copy.fieldMessage("slug"))
        .isEqualTo("Use lower-case letters and digits joined by hyphens, such as e-leaders-2026.");
    assertThat(copy.fieldMessage("startDate")).isEmpty();

    copy.type("slug", "browser-copy-2032")
        .type("venueName", "Château de la Muette")
        .type("addressLines", "2 rue André Pascal")
        .type("city", "Paris")
        .timeZone("Europe/Paris")
        .copy();

    assertThat(copy.done()).isEqualTo("The new draft meeting browser-copy-2032 is ready.");
    assertThat(copy.newDraftLink())
        .endsWith("/secretariat/meetings/edit.xhtml?slug=browser-copy-2032");
    assertAccessible(driver);
    JsonObject next =
        Api.json(Api.asDemo(url, "secretariat").get(Drafts.MEETINGS + "/browser-copy-2032"))
            .asJsonObject();
    assertThat(next.getString("title")).isEqualTo("Copy Forum 2032");
    assertThat(next.getString("startDate")).isEqualTo("2032-06-01");
    assertThat(next.getString("endDate")).isEqualTo("2032-06-02");
    assertThat(next.getString("timeZone")).isEqualTo("Europe/Paris");
    assertThat(next.getJsonObject("venue").getString("name")).isEqualTo("Château de la Muette");
    assertThat(dayLabels(next)).containsExactly("Day 1", "Day 2");
    assertThat(itemsOf(next))
        .hasSize(3)
        .contains(
            session + " 2032-06-01T09:00+02:00 Governance models",
            closing + " 2032-06-02T16:00+02:00 Closing");

    AgendaVersionsPage versions = copy.openNewDraftVersions();
    assertThat(versions.heading()).isEqualTo("Versions of the agenda: Copy Forum 2032");
    assertThat(versions.versions()).isEmpty();
  }

  private static List<String> dayLabels(JsonObject meeting) {
    return meeting.getJsonArray("days").getValuesAs(JsonObject.class).stream()
        .map(day -> day.getString("label"))
        .toList();
  }

  /** Each item as "key start title", start without seconds. */
  private static List<String> itemsOf(JsonObject meeting) {
    List<String> items = new ArrayList<>();
    for (JsonObject day : meeting.getJsonArray("days").getValuesAs(JsonObject.class)) {
      for (JsonObject item : day.getJsonArray("items").getValuesAs(JsonObject.class)) {
        items.add(
            item.getString("key")
                + " "
                + item.getString("start").replace(":00+", "+")
                + " "
                + item.getString("title"));
      }
    }
    return items;
  }

  @Test
  void offersThePublishedAgendaAsAPdfAndAsACalendarWithItsVersionDateAndAudienceRules() {
    Drafts draft =
        Drafts.plan(url, "browser-exports-2031", "Exports 2031", "Asia/Seoul", DAY, "2031-05-13");
    plan(draft);
    draft.edit(
        "POST",
        "/days",
        """
        {"version": $V, "date": "2031-05-13", "label": "Day 2",
         "audience": {"categories": ["OECD_MEMBER_DELEGATION", "NON_MEMBER_DELEGATION"]}}
        """,
        201);
    draft.addItem(
        "2031-05-13",
        "OTHER",
        "Heads of delegation briefing",
        "09:00",
        "10:00",
        "\"audience\": {\"categories\": [\"OECD_MEMBER_DELEGATION\"],"
            + " \"note\": \"Heads of delegation only.\"}");
    draft.publish("V20310401");

    MeetingPage page = MeetingPage.open(driver, base, draft.slug());

    assertThat(page.audiences())
        .containsExactly(
            "Who may attend: delegations of OECD members, delegations of invited non-member"
                + " countries",
            "Who may attend: Heads of delegation only.");
    assertThat(page.agendaVersion()).isEqualTo("V20310401");
    assertThat(page.agendaPublished()).startsWith(", published ");
    assertThat(page.downloadText("agendaPdf")).isEqualTo("Download the agenda (PDF)");
    assertThat(page.downloadText("agendaIcs"))
        .isEqualTo("Add the whole agenda to your calendar (iCalendar)");
    assertThat(page.offersVersions()).isFalse();
    assertAccessible(driver);
    Api anonymous = Api.anonymous(url);
    HttpResponse<byte[]> pdf = anonymous.getBytes(page.download("agendaPdf"), "application/pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/pdf");
    assertThat(new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
    HttpResponse<byte[]> ics = anonymous.getBytes(page.download("agendaIcs"), "text/calendar");
    assertThat(ics.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
    String calendar = new String(ics.body(), StandardCharsets.UTF_8);
    assertThat(calendar)
        .startsWith("BEGIN:VCALENDAR")
        .contains("Governance models", "Coffee Break");
    String oneItem =
        new String(
            anonymous.getBytes(page.itemCalendarLink("Coffee Break"), "text/calendar").body(),
            StandardCharsets.UTF_8);
    assertThat(oneItem).contains("Coffee Break").doesNotContain("Governance models");

    LoginPage.openFrom(driver, base, "/meetings/view.xhtml?slug=" + draft.slug())
        .signInAs("secretariat", LoginPage.DEMO_PASSWORD);
    page = MeetingPage.showing(driver, base);
    assertThat(page.offersVersions()).isTrue();
    assertAccessible(driver);
    AgendaVersionsPage versions = page.openVersions();
    assertThat(versions.versions()).containsExactly("1 V20310401 secretariat");
  }

  @Test
  void refusesADelegateTheVersionsAndTheCopyPagesWithTheForbiddenPage() {
    LoginPage.open(driver, base).signInAs("delegate", LoginPage.DEMO_PASSWORD);

    for (String path :
        List.of(
            AgendaVersionsPage.path("e-leaders-2019"), MeetingCopyPage.path("e-leaders-2019"))) {
      PlenaryPage.visit(driver, base, path);
      PlenaryPage page = new PlenaryPage(driver, base);
      assertThat(page.heading()).isEqualTo("You may not open this page");
      assertThat(statusOf(path)).as(path).isEqualTo(403);
      assertAccessible(driver);
    }
  }

  /** The HTTP status the browser gets for a page of the application, in its own session. */
  private long statusOf(String path) {
    return (Long)
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + " fetch(arguments[0], {credentials: 'same-origin', redirect: 'manual'})"
                    + ".then(r => done(r.status), () => done(-1));",
                base.resolve(path).toString());
  }
}
