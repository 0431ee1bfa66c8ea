package org.plenary.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.web.browser.Accessibility.assertAccessible;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.plenary.web.browser.GroupAdminPage.Member;
import org.plenary.web.it.Api;

/**
 * Working groups and drafts in the browser: the secretariat builds a group, a member writes a draft
 * into three versions and compares the first with the third, two members edit at once and the
 * second sees both texts, and a delegate outside the group is refused. Every page is checked with
 * axe.
 */
class GroupsBrowserIT extends BrowserTest {
  @Test
  void theSecretariatCreatesAGroupAndDecidesWhoIsInIt() {
    LoginPage.openFrom(driver, base, "/" + GroupAdminPage.LIST)
        .signInAs("secretariat", LoginPage.DEMO_PASSWORD);
    GroupAdminPage groups = GroupAdminPage.list(driver, base);
    assertThat(groups.navigation()).contains("Working groups", "My groups");
    assertAccessible(driver);

    groups.create("it-browser-editors", "Browser editors", "Task force");
    assertThat(groups.heading()).isEqualTo("Browser editors");
    groups.add("member", "Coordinator").add("delegate", "Observer");
    assertAccessible(driver);

    groups.changeRole("delegate", "Member");
    assertThat(groups.members())
        .extracting(Member::username, Member::role)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("member", "Coordinator"),
            org.assertj.core.groups.Tuple.tuple("delegate", "Member"));
    groups.remove("delegate");
    assertThat(groups.members()).extracting(Member::username).containsExactly("member");
    assertThat(groups.status()).contains("has left the group");
    assertAccessible(driver);

    GroupAdminPage.list(driver, base)
        .filter("Task force", "browser edit", List.of("Browser editors"))
        .filter("Committee", "browser edit", List.of());
    assertAccessible(driver);
  }

  @Test
  void aMemberWritesThreeVersionsAndComparesTheFirstWithTheThird() {
    LoginPage.openFrom(driver, base, "/groups/list.xhtml")
        .signInAs("member", LoginPage.DEMO_PASSWORD);
    assertAccessible(driver);
    DraftPages pages = new DraftPages(driver, base).openSpace("task-force-governance");
    assertThat(pages.heading()).isEqualTo("Task Force on Governance");
    assertThat(pages.memberNames()).contains("Luc Martin");
    assertThat(pages.draftTitles()).contains("Handbook on Governance for a Digital Government");
    assertAccessible(driver);

    pages.startDraft(
        "Browser principles, three versions",
        "Purpose",
        "<p>Governments share data across borders.</p>");
    assertThat(pages.versionHeading()).isEqualTo("Version 1 of 1");
    assertAccessible(driver);

    pages.edit().heading(0, "Purpose and scope").addSection().heading(1, "Trust");
    pages.body(1, "<p>Trust comes <strong>first</strong>.</p>").note("Scope and trust");
    assertAccessible(driver);
    pages.save(2);
    assertThat(pages.sectionHeadings()).containsExactly("1. Purpose and scope", "2. Trust");

    pages.edit().body(0, "<p>Governments share public data across borders and sectors.</p>");
    pages.save(3);
    assertThat(pages.versionHeading()).isEqualTo("Version 3 of 3");

    pages.compare(1, 3);
    assertThat(pages.compareTitle()).isEqualTo("Changes from version 1 to version 3");
    assertThat(pages.changeLabels()).containsExactly("Changed", "Added");
    assertThat(pages.insertions())
        .contains("[inserted: public]", "[inserted: borders and sectors.]")
        .anyMatch(text -> text.contains("Trust comes first."));
    assertThat(pages.deletions()).contains("[deleted: borders.]");
    assertAccessible(driver);

    pages.sideBySide();
    assertThat(pages.afterColumn().get(0))
        .contains("Purpose [inserted: and scope]")
        .contains("data across [inserted: borders and sectors.]")
        .doesNotContain("deleted");
    assertAccessible(driver);
  }

  @Test
  void aSecondEditorOnAStaleVersionSeesBothTextsAndKeepsTheirOwn() throws Exception {
    long id = draftOfANewGroup("it-browser-conflict");
    Browser other = new Browser();
    other.beforeEach(null);
    try {
      WebDriver delegate = other.driver();
      LoginPage.openFrom(delegate, base, "/groups/edit.xhtml?draft=" + id)
          .signInAs("delegate", LoginPage.DEMO_PASSWORD);
      DraftPages theirs = new DraftPages(delegate, base).openEditor(id);

      LoginPage.openFrom(driver, base, "/groups/edit.xhtml?draft=" + id)
          .signInAs("member", LoginPage.DEMO_PASSWORD);
      DraftPages mine = new DraftPages(driver, base).openEditor(id);

      theirs.body(0, "<p>Their sentence about digital identity.</p>").save(2);
      mine.body(0, "<p>My sentence about trusted wallets.</p>").saveExpectingConflict();

      assertThat(mine.theirs()).contains("Their version 2").contains("Their sentence");
      assertThat(mine.mine()).contains("My sentence about trusted wallets.");
      assertAccessible(driver);

      mine.editMerged();
      assertThat(mine.bodyInEditor(0)).contains("My sentence about trusted wallets.");
      mine.body(0, "<p>Their sentence about digital identity. My sentence about wallets.</p>");
      mine.save(3);
      assertThat(mine.versionText()).contains("Their sentence").contains("My sentence");
    } finally {
      other.afterEach(null);
    }
  }

  @Test
  void refusesADelegateTheTaskForcesPrivateHandbookAndTheGroupsOfTheSecretariat() {
    long handbook = privateTaskForceDraft();
    LoginPage.openFrom(driver, base, "/groups/draft.xhtml?draft=" + handbook)
        .signInAs("delegate", LoginPage.DEMO_PASSWORD);

    PlenaryPage page = new PlenaryPage(driver, base);
    assertThat(page.heading()).isEqualTo("You may not open this page");
    assertThat(driver.getPageSource()).doesNotContain("Private levers");
    assertAccessible(driver);

    new DraftPages(driver, base).openSpace("task-force-governance");
    assertThat(page.heading()).isEqualTo("You may not open this page");
    PlenaryPage.visit(driver, base, GroupAdminPage.LIST);
    assertThat(page.heading()).isEqualTo("You may not open this page");
    assertThat(page.navigation()).contains("My groups").doesNotContain("Working groups");
  }

  @Test
  void theSpaceListsTheGroupsMeetingsAndTheMeetingLinksToTheSpace() {
    String slug = "it-task-force-meeting-" + System.nanoTime();
    planMeetingOf(slug, "Browser Task Force meeting", "task-force-governance");
    HttpResponse<String> unknown =
        planMeetingOf(slug + "-x", "Meeting of nobody", "no-such-group-at-all");
    assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(422);
    assertThat(unknown.body()).contains("UNKNOWN_GROUP");

    LoginPage.openFrom(driver, base, "/groups/space.xhtml?group=task-force-governance")
        .signInAs("member", LoginPage.DEMO_PASSWORD);
    DraftPages pages = new DraftPages(driver, base).openSpace("task-force-governance");
    assertThat(pages.meetingTitles())
        .contains(
            "Browser Task Force meeting",
            "Task Force on Governance: working meeting on the draft Handbook");
    assertAccessible(driver);

    PlenaryPage.visit(driver, base, "meetings/view.xhtml?slug=task-force-governance-2019");
    WebElement link = driver.findElement(By.id("groupLink"));
    assertThat(link.getText()).isEqualTo("Task Force on Governance");
    assertThat(link.getAttribute("href"))
        .endsWith("/groups/space.xhtml?group=task-force-governance");
    assertAccessible(driver);
  }

  @Test
  void aCoordinatorDeclaresADraftFinalOnItsPageAfterConfirming() {
    long id = draftOfANewGroup("it-brw-final");
    LoginPage.openFrom(driver, base, "/groups/draft.xhtml?draft=" + id)
        .signInAs("member", LoginPage.DEMO_PASSWORD);
    DraftPages page = new DraftPages(driver, base).openDraft(id);
    assertAccessible(driver);

    assertThat(page.declareFinal()).contains("final");

    assertThat(page.openDraft(id).trail()).anySatisfy(step -> assertThat(step).contains("Final"));
    assertThat(page.mayDeclareFinal()).isFalse();
    assertThat(
            Api.json(Api.asDemo(url, "member").get("api/drafts/" + id))
                .asJsonObject()
                .getString("status"))
        .isEqualTo("FINAL");
    assertAccessible(driver);
  }

  @Test
  void aNonMemberSeesNoLinkToTheSpaceAndIsRefusedIt() {
    LoginPage.openFrom(driver, base, "/meetings/view.xhtml?slug=task-force-governance-2019")
        .signInAs("delegate", LoginPage.DEMO_PASSWORD);
    PlenaryPage page = new PlenaryPage(driver, base);
    assertThat(page.heading())
        .isEqualTo("Task Force on Governance: working meeting on the draft Handbook");
    assertThat(driver.findElements(By.id("groupLink"))).isEmpty();

    new DraftPages(driver, base).openSpace("task-force-governance");
    assertThat(page.heading()).isEqualTo("You may not open this page");
    assertThat(driver.getPageSource()).doesNotContain("Browser Task Force meeting");
  }

  /** Plans a draft meeting held by a working group through the planning API. */
  private HttpResponse<String> planMeetingOf(String slug, String title, String group) {
    return Api.asDemo(url, "secretariat")
        .post(
            "api/planning/meetings",
            """
            {"id": "%s", "title": "%s",
             "venue": {"name": "Test venue", "addressLines": ["1 Test Street"], "city": "Paris"},
             "timeZone": "Europe/Paris", "startDate": "2026-10-01", "endDate": "2026-10-01",
             "group": "%s"}
            """
                .formatted(slug, title, group));
  }

  /**
   * A working draft of the Task Force, private to it. (The demo Handbook itself is in public
   * consultation, so everyone reads it.)
   */
  private long privateTaskForceDraft() {
    HttpResponse<String> started =
        Api.asDemo(url, "member")
            .post(
                "api/groups/task-force-governance/drafts",
                "{\"title\":\"Private notes on governance\",\"sections\":[{\"heading\":\"Levers\","
                    + "\"body\":\"<p>Private levers</p>\"}]}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    return Api.json(started).asJsonObject().getJsonNumber("id").longValue();
  }

  /** A group with member (coordinator) and delegate (member), and a draft member started. */
  private long draftOfANewGroup(String slug) {
    Api secretariat = Api.asDemo(url, "secretariat");
    assertThat(
            secretariat
                .post(
                    "api/groups",
                    "{\"slug\":\"" + slug + "\",\"name\":\"Conflict\",\"kind\":\"WORKING_GROUP\"}")
                .statusCode())
        .isEqualTo(201);
    secretariat.put("api/groups/" + slug + "/members/member", "{\"role\":\"COORDINATOR\"}");
    secretariat.put("api/groups/" + slug + "/members/delegate", "{\"role\":\"MEMBER\"}");
    HttpResponse<String> started =
        Api.asDemo(url, "member")
            .post(
                "api/groups/" + slug + "/drafts",
                "{\"title\":\"Wallet principles\",\"sections\":[{\"heading\":\"Identity\","
                    + "\"body\":\"<p>The first sentence.</p>\"}]}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    return Api.json(started).asJsonObject().getJsonNumber("id").longValue();
  }
}
