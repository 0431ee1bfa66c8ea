package org.plenary.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.web.browser.Accessibility.assertAccessible;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.plenary.web.it.Api;
import org.plenary.web.it.Seed;

/**
 * Interministerial coordination in the browser: the secretariat starts a round on the Handbook with
 * two ministries, one ministry gives its position with a remark, and the drafter's table shows the
 * other one overdue; a delegate is refused the coordination pages. Every page is checked with axe.
 */
class CoordinationBrowserIT extends BrowserTest {
  private static final String AGRICULTURE = "IT Browser Ministry of Agriculture";
  private static final String CULTURE = "IT Browser Ministry of Culture";

  @Test
  void theDrafterStartsARoundAMinistryAnswersAndTheOtherIsOverdue() throws Exception {
    long handbook;
    try (Seed seed = Seed.open()) {
      ministry(seed, "it-browser-agri", AGRICULTURE);
      ministry(seed, "it-browser-cult", CULTURE);
      seed.commit();
      handbook =
          seed.number(
              "select min(d.id) from draft d join working_group g on g.id = d.group_id"
                  + " where g.slug = 'task-force-governance'"
                  + " and d.title like 'Handbook on Governance%'");
    }

    LoginPage.openFrom(driver, base, "/" + CoordinationPages.ROUNDS)
        .signInAs("secretariat", LoginPage.DEMO_PASSWORD);
    CoordinationPages pages = new CoordinationPages(driver, base).openRounds();
    assertThat(pages.navigation()).contains("Coordination");
    assertAccessible(driver);
    pages.filterRounds("handbook", "Open").sortRoundsByDeadline("ascending");
    assertThat(pages.roundDrafts()).allSatisfy(t -> assertThat(t).contains("Handbook"));
    assertAccessible(driver);

    pages.openStart(handbook, 1);
    assertAccessible(driver);
    pages.consult(AGRICULTURE).consult(CULTURE).opensAt(LocalDate.now().minusDays(60) + " 09:00");
    assertThat(pages.deadline()).contains("15 working days");
    pages.start();
    long round = pages.roundId();
    assertThat(pages.heading()).contains("Handbook on Governance");
    assertThat(pages.rows()).hasSize(2);
    assertAccessible(driver);
    pages.signOut();

    LoginPage.openFrom(driver, base, "/coordination/round.xhtml?round=" + round)
        .signInAs("it-browser-agri", LoginPage.DEMO_PASSWORD);
    pages = new CoordinationPages(driver, base).openRound(round);
    assertThat(pages.offersPositionForm()).isTrue();
    assertAccessible(driver);
    pages.givePosition("Approve with remarks", "Mention rural broadband in section 2.");
    assertThat(pages.row(AGRICULTURE)).contains("Approve with remarks");
    assertAccessible(driver);
    pages.signOut();

    LoginPage.openFrom(driver, base, "/coordination/round.xhtml?round=" + round)
        .signInAs("secretariat", LoginPage.DEMO_PASSWORD);
    pages = new CoordinationPages(driver, base).openRound(round);
    assertThat(pages.row(AGRICULTURE)).contains("Approve with remarks").doesNotContain("Overdue");
    assertThat(pages.row(CULTURE)).contains("No position yet").contains("Overdue");
    assertThat(pages.rows().stream().filter(r -> r.contains("Overdue"))).hasSize(1);
    assertThat(pages.offersPositionForm()).isFalse();
    assertThat(pages.unanswered()).isEqualTo("1 remark is not answered yet.");
    assertAccessible(driver);

    // the drafter answers the remark: an outcome other than accepted needs an explanation
    pages.showHistory(AGRICULTURE).openAnswer(1);
    assertAccessible(driver);
    pages.answer("Partly accepted", "");
    assertThat(pages.answerError("explanation")).contains("Explain why");
    assertThat(pages.answerDialogOpen()).isTrue();
    assertAccessible(driver);

    // meanwhile a colleague answers through the API: saving would replace that answer unseen
    long entry;
    try (Seed database = Seed.open()) {
      entry =
          database.number(
              "select e.id from position_entry e join consulted_body b on b.id = e.body_id"
                  + " where b.round_id = ?",
              round);
    }
    assertThat(
            Api.asDemo(url, "secretariat")
                .put(
                    "api/coordination/rounds/"
                        + round
                        + "/positions/"
                        + entry
                        + "/remarks/1/response",
                    "{\"outcome\":\"ACCEPTED\"}")
                .statusCode())
        .isEqualTo(200);
    pages.answer("Partly accepted", "Broadband is named; <b>rural</b> is left to the annex.");
    assertThat(pages.answerMessages()).contains("Someone answered this remark meanwhile");
    assertThat(pages.answerDialogOpen()).isTrue();
    pages.cancelAnswer().openAnswer(1);
    assertThat(pages.outcome()).as("the colleague's answer").isEqualTo("Accepted");
    pages.answer("Partly accepted", "Broadband is named; <b>rural</b> is left to the annex.");
    pages.awaitAnswerDialogClosed();
    assertThat(pages.historyRemarks())
        .singleElement()
        .asString()
        .contains("Partly accepted", "Broadband is named; <b>rural</b> is left to the annex.");
    assertThat(pages.unanswered()).isEqualTo("Every remark is answered.");
    assertThat(pages.row(AGRICULTURE)).contains("Approve with remarks");
    assertAccessible(driver);

    // closed and answered, the drafter publishes the table after a confirming question
    pages.closeRound().publishTable();
    assertThat(pages.messages()).contains("The table of remarks and responses is published.");
    assertAccessible(driver);
    pages.signOut();

    pages = new CoordinationPages(driver, base).openTable(round);
    assertThat(pages.heading())
        .contains("Table of remarks and responses", "Handbook on Governance");
    assertThat(pages.remarksTable()).hasSize(2);
    assertThat(pages.remarksTable().get(0))
        .contains(AGRICULTURE, "Approve with remarks", "Ordinary")
        .contains("Mention rural broadband in section 2.", "Partly accepted")
        .contains("<b>rural</b>");
    assertThat(pages.remarksTable().get(1)).contains(CULTURE, "No position yet", "No remark");
    assertAccessible(driver);
  }

  @Test
  void refusesADelegateTheCoordinationPages() {
    LoginPage.open(driver, base).signInAs("delegate", LoginPage.DEMO_PASSWORD);
    for (String path : List.of(CoordinationPages.ROUNDS, "coordination/start.xhtml")) {
      PlenaryPage.visit(driver, base, path);
      PlenaryPage page = new PlenaryPage(driver, base);
      assertThat(page.heading()).isEqualTo("You may not open this page");
      assertThat(statusOf(path)).as(path).isEqualTo(403);
      assertAccessible(driver);
    }
  }

  private static void ministry(Seed seed, String username, String organisation) throws Exception {
    seed.account(username, "Official " + username, organisation, "MINISTRY");
    seed.execute(
        "update account_role set role = 'MINISTRY' where account_id ="
            + " (select id from account where username = ?)",
        username);
  }

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
