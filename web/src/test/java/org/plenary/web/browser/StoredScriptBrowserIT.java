package org.plenary.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.plenary.web.browser.Accessibility.assertAccessible;

import jakarta.json.Json;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.plenary.web.it.Api;
import org.plenary.web.rest.consultations.ConsultationFixtures;

/**
 * Script stored through the API as ordinary text (a group's name, a draft's title and section
 * heading, a consultation's title, a comment) is shown as the text it is on the pages that display
 * it, and never runs: no alert opens, the payloads' marker is never set, and no element of theirs
 * reaches the page. A page form refuses a control character beside its field and keeps the text.
 */
class StoredScriptBrowserIT extends BrowserTest {
  private static final String RUN = "window.__pwned=1;alert(1)";
  private static final String TITLE = "Title <img src=x id=pwned onerror=\"" + RUN + "\">";
  private static final String HEADING = "Heading\"><svg id=pwned onload=\"" + RUN + "\">";
  private static final String COMMENT =
      "Comment <script>" + RUN + "</script><b id=pwned onclick=\"" + RUN + "\">bold</b>";

  @Test
  void storedPayloadsAreShownAsTextAndNoneRuns() {
    long draft = draftWithPayloads("it-xss-browser");
    long consultation = consultationOf(draft);
    HttpResponse<String> commented =
        Api.asDemo(url, "delegate")
            .post(
                "api/consultations/" + consultation + "/comments",
                "{\"text\":"
                    + Json.createValue(COMMENT)
                    + ",\"section\":1,\"category\":\"public_authority\",\"country\":\"EE\"}",
                Map.of());
    assertThat(commented.statusCode()).as(commented.body()).isEqualTo(201);

    ConsultationPages pages = new ConsultationPages(driver, base).openList();
    assertNothingRan("the list of consultations");
    assertThat(pages.listedTitles()).contains(TITLE);
    pages.open(consultation);
    assertNothingRan("the consultation's page");
    assertThat(pages.heading()).isEqualTo(TITLE);
    assertThat(pages.sectionHeadings()).contains("1. " + HEADING);
    assertThat(pages.commentsUnderSection(1)).singleElement().asString().contains(COMMENT);
    assertAccessible(driver);

    PlenaryPage.visit(driver, base, "consultations/tracker.xhtml");
    assertNothingRan("the draft tracker");

    LoginPage.openFrom(driver, base, "/groups/draft.xhtml?draft=" + draft)
        .signInAs("member", LoginPage.DEMO_PASSWORD);
    new DraftDiscussionPage(driver, base).openDraft(draft);
    assertNothingRan("the group's draft");
    assertThat(driver.findElement(By.tagName("main")).getText()).contains(TITLE).contains(HEADING);
    PlenaryPage.visit(driver, base, "groups/space.xhtml?group=it-xss-browser");
    assertNothingRan("the group's space");
    assertThat(driver.findElement(By.tagName("main")).getText()).contains(TITLE);
  }

  @Test
  void aFormRefusesAControlCharacterBesideTheFieldAndKeepsTheText() {
    long consultation =
        ConsultationFixtures.draft(url, "it-xss-control").openNow("Control characters");

    ConsultationPages pages = new ConsultationPages(driver, base).open(consultation);
    ((JavascriptExecutor) driver)
        .executeScript(
            "arguments[0].value = arguments[1];",
            driver.findElement(By.id("commentForm:text")),
            "Keep this \u0000 text");
    pages.sendEmptyComment();

    assertThat(pages.fieldMessage("text")).contains("control character");
    assertThat(driver.findElement(By.id("commentForm:text")).getAttribute("value"))
        .startsWith("Keep this ")
        .endsWith(" text");
    assertAccessible(driver);
  }

  /** No alert is open, the payloads' marker is unset and none of their elements is on the page. */
  private void assertNothingRan(String where) {
    assertThatThrownBy(() -> driver.switchTo().alert())
        .as("an alert on %s", where)
        .isInstanceOf(NoAlertPresentException.class);
    Object ran =
        ((JavascriptExecutor) driver)
            .executeScript(
                "return (typeof window.__pwned !== 'undefined')"
                    + " || document.querySelectorAll('#pwned, img[src=\"x\"]').length > 0;");
    assertThat(ran).as("a payload ran or was inserted as markup on %s", where).isEqualTo(false);
  }

  /** A consultation on the draft, open for a month, with a payload as its title. */
  private long consultationOf(long draft) {
    LocalDateTime now =
        LocalDateTime.now(ZoneId.of(ConsultationFixtures.ZONE)).truncatedTo(ChronoUnit.MINUTES);
    HttpResponse<String> created =
        Api.asDemo(url, "member")
            .post(
                "api/consultations",
                Json.createObjectBuilder()
                    .add("draftId", draft)
                    .add("version", 1)
                    .add("title", TITLE)
                    .add("opensAt", now.minusDays(1).toString())
                    .add("closesAt", now.plusDays(30).toString())
                    .add("timeZone", ConsultationFixtures.ZONE)
                    .build()
                    .toString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return Api.json(created).asJsonObject().getJsonNumber("id").longValue();
  }

  /** A group named by a payload, and its draft with a payload as title and section heading. */
  private long draftWithPayloads(String slug) {
    Api secretariat = Api.asDemo(url, "secretariat");
    HttpResponse<String> group =
        secretariat.post(
            "api/groups",
            "{\"slug\":\""
                + slug
                + "\",\"name\":"
                + Json.createValue(TITLE)
                + ",\"kind\":\"TASK_FORCE\"}");
    assertThat(group.statusCode()).as(group.body()).isEqualTo(201);
    secretariat.put("api/groups/" + slug + "/members/member", "{\"role\":\"COORDINATOR\"}");
    HttpResponse<String> started =
        Api.asDemo(url, "member")
            .post(
                "api/groups/" + slug + "/drafts",
                "{\"title\":"
                    + Json.createValue(TITLE)
                    + ",\"sections\":[{\"heading\":"
                    + Json.createValue(HEADING)
                    + ",\"body\":"
                    + Json.createValue(
                        "<p>Body</p><script>"
                            + RUN
                            + "</script><img src=x onerror=\""
                            + RUN
                            + "\">")
                    + "}]}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    return Api.json(started).asJsonObject().getJsonNumber("id").longValue();
  }
}
