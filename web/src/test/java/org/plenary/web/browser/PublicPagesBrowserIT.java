package org.plenary.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.plenary.web.browser.Accessibility.assertAccessible;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.plenary.web.browser.MeetingPage.Item;
import org.plenary.web.it.Api;
import org.plenary.web.it.Drafts;

/**
 * What anyone sees without signing in: the home page, a meeting's agenda, the language switch, the
 * not-found page and the security headers. Every page is also checked with axe.
 */
class PublicPagesBrowserIT extends BrowserTest {
  @Test
  void showsTheIntroductionAndThePublishedMeetingsOnTheHomePage() {
    HomePage home = HomePage.open(driver, base);

    assertThat(home.language()).isEqualTo("en");
    assertThat(home.heading()).isEqualTo("Welcome to Plenary");
    assertThat(home.introduction()).contains("plans intergovernmental meetings");
    home.filterMeetings("E-Leaders 2019", List.of("E-Leaders 2019"));
    assertAccessible(driver);
    assertThat(browser.consoleMessages()).noneMatch(PublicPagesBrowserIT::isCspViolation);
  }

  @Test
  void findsMeetingsByTheirWordsAndWhenTheyTakePlaceAndSortsThem() {
    published("zh-tallinn-2023", "Zhome Summit 2023", "Tallinn", "2023-06-01");
    published("zh-bern-2092", "Zhome Conference 2092", "Bern", "2092-06-01");
    HomePage home = HomePage.open(driver, base);

    home.filterMeetings("zhome", List.of("Zhome Conference 2092", "Zhome Summit 2023"));
    home.sortBy("dates", "ascending", List.of("Zhome Summit 2023", "Zhome Conference 2092"));
    home.sortBy("title", "ascending", List.of("Zhome Conference 2092", "Zhome Summit 2023"));
    home.sortBy("city", "ascending", List.of("Zhome Conference 2092", "Zhome Summit 2023"));
    home.sortBy("city", "descending", List.of("Zhome Summit 2023", "Zhome Conference 2092"));
    home.chooseWhen("Upcoming or under way", List.of("Zhome Conference 2092"));
    assertAccessible(driver);
    home.chooseWhen("Past", List.of("Zhome Summit 2023"));
    home.filterMeetings("going digital", List.of("E-Leaders 2019"));
    home.filterMeetings("no such meeting", List.of());
    assertThat(home.listText()).contains("none matches your filter");
    assertAccessible(driver);

    home.switchLanguageTo("fr");
    HomePage french = HomePage.open(driver, base);
    french.filterMeetings("zhome", List.of("Zhome Conference 2092", "Zhome Summit 2023"));
    french.chooseWhen("À venir ou en cours", List.of("Zhome Conference 2092"));
    french.filterMeetings("aucune telle réunion", List.of());
    assertThat(french.listText()).contains("aucune ne correspond à votre filtre");
    assertAccessible(driver);
  }

  private void published(String slug, String title, String city, String date) {
    Drafts meeting =
        Drafts.plan(
            url,
            """
            {"id": "%s", "title": "%s", "venue": {"name": "Hall", "addressLines": [], "city": "%s"},
             "timeZone": "Europe/Paris", "startDate": "%s", "endDate": "%s"}
            """
                .formatted(slug, title, city, date, date));
    meeting.addDay(date, "Day 1");
    meeting.addItem(date, "OTHER", "Opening", "09:00", "10:00", "");
    meeting.publish(null);
  }

  @Test
  void showsEverySessionOfTheELeaders2019AgendaAtItsTime() {
    MeetingPage meeting =
        HomePage.open(driver, base)
            .filterMeetings("E-Leaders 2019", List.of("E-Leaders 2019"))
            .openMeeting("E-Leaders 2019");

    assertThat(meeting.heading()).isEqualTo("E-Leaders 2019");
    assertThat(meeting.theme()).isEqualTo("Towards Service-Oriented Governance");
    assertThat(meeting.agendaVersion()).isEqualTo("V20190719");
    assertThat(meeting.timeZoneNote())
        .isEqualTo("All times are Central European Summer Time (Europe/Brussels).");
    assertThat(meeting.items())
        .containsExactly(
            new Item("Day 1", "11:00", "12:00", "Registration and Light Lunch"),
            new Item("Day 1", "12:00", "12:45", "Opening Remarks"),
            new Item(
                "Day 1",
                "12:45",
                "13:45",
                "Session 1: Towards new governance models for enhanced digital maturity and"
                    + " user-driven service delivery"),
            new Item(
                "Day 1",
                "13:45",
                "15:15",
                "Session 2: Framing and detailing the facets of a sound governance framework"),
            new Item("Day 1", "15:15", "15:30", "Coffee Break"),
            new Item(
                "Day 1",
                "15:30",
                "17:00",
                "Session 3: Strengthening service-oriented governance through a data-driven"
                    + " public sector"),
            new Item(
                "Day 1",
                "17:00",
                "17:30",
                "Wrap-up session: governing the transformation of governments"),
            new Item("Day 1", "17:30", "17:45", "Closure of Day 1"),
            new Item("Day 1", "18:00", "22:00", "Social Event"),
            new Item("Day 2", "09:00", "09:30", "Opening Remarks"),
            new Item("Day 2", "09:30", "11:00", "Session 4: Digital Government Reviews"),
            new Item("Day 2", "11:00", "12:30", "Session 5: Delegates feedback session"),
            new Item("Day 2", "12:30", "13:30", "Buffet Lunch"),
            new Item("Day 2", "13:30", "15:30", "Session 6: OECD Digital Government Indicators"),
            new Item("Day 2", "15:30", "16:00", "Closing Session"));
    assertThat(meeting.sideMeetings()).containsExactly("Going Digital");
    assertThat(meeting.sideMeetingItems())
        .extracting(Item::start, Item::end, Item::title)
        .containsExactly(
            tuple("09:00", "09:15", "Welcome and Opening Remarks"),
            tuple("09:15", "09:30", "Going Digital Phase I: Main results"),
            tuple("09:30", "10:10", "Going Digital I to II: Looking ahead"),
            tuple("10:10", "10:55", "Open Discussion"),
            tuple("10:55", "11:00", "Concluding Remarks from the moderator"));
    assertThat(meeting.steps("Social Event"))
        .containsExactly("18:00 Bus departs", "20:00 Dinner", "22:00 Bus returns to Brussels");
    assertThat(
            meeting.openKeyQuestions(
                "Towards new governance models for enhanced digital"
                    + " maturity and user-driven service delivery"))
        .hasSize(4);
    assertAccessible(driver);
    assertThat(browser.consoleMessages()).noneMatch(PublicPagesBrowserIT::isCspViolation);
  }

  @Test
  void switchesToFrenchOnTheSamePageAndLeavesTheAgendaInItsOwnLanguage() {
    MeetingPage meeting = MeetingPage.open(driver, base, "e-leaders-2019");

    meeting.switchLanguageTo("fr");

    assertThat(meeting.language()).isEqualTo("fr");
    assertThat(meeting.url()).contains("slug=e-leaders-2019");
    assertThat(meeting.agendaHeading()).isEqualTo("Ordre du jour");
    assertThat(meeting.heading()).isEqualTo("E-Leaders 2019");
    assertThat(meeting.timeZoneNote()).startsWith("Toutes les heures sont données en");
    assertAccessible(driver);

    HomePage home = HomePage.open(driver, base);
    assertThat(home.heading())
        .as("the choice holds for the session")
        .isEqualTo("Bienvenue sur Plenary");
    assertThat(home.navigation()).contains("Accueil");
    assertAccessible(driver);
  }

  @Test
  void answersAnUnknownMeetingWithTheNotFoundPage() {
    PlenaryPage.visit(driver, base, "meetings/view.xhtml?slug=no-such-meeting");
    PlenaryPage page = new PlenaryPage(driver, base);

    assertThat(page.heading()).isEqualTo("Page not found");
    assertAccessible(driver);
  }

  @Test
  void sendsSecurityHeadersAndAContentSecurityPolicyWithANonce() {
    HttpResponse<String> response = Api.anonymous(url).get("", "text/html");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().allValues("Content-Security-Policy"))
        .anySatisfy(
            policy ->
                assertThat(policy)
                    .contains(
                        "frame-ancestors 'none'",
                        "object-src 'none'",
                        "base-uri 'self'",
                        "form-action 'self'"))
        .anySatisfy(
            policy ->
                assertThat(policy)
                    .containsPattern("script-src 'self' 'nonce-[^']+'")
                    .doesNotContain("unsafe-eval")
                    .doesNotContain("script-src 'self' 'unsafe-inline'"));
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(response.headers().firstValue("Referrer-Policy"))
        .hasValue("strict-origin-when-cross-origin");
    assertThat(response.headers().firstValue("Permissions-Policy")).isPresent();
  }

  @Test
  void theAccessibilityCheckFailsOnAPageThatBreaksARule() {
    HomePage.open(driver, base);
    assertAccessible(driver);
    ((JavascriptExecutor) driver)
        .executeScript(
            "const image = document.createElement('img');"
                + " image.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';"
                + " document.querySelector('main').appendChild(image);");

    assertThatThrownBy(() -> assertAccessible(driver))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("image-alt");
  }

  static boolean isCspViolation(String consoleMessage) {
    return consoleMessage.contains("Content Security Policy")
        || consoleMessage.contains("Content-Security-Policy");
  }
}
