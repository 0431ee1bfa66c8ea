package org.plenary.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.web.browser.Accessibility.assertAccessible;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.plenary.web.it.Api;
import org.plenary.web.it.Seed;
import org.plenary.web.it.TestMail;
import org.plenary.web.rest.feedback.FeedbackFixtures;

/**
 * The whole approval of the E-Leaders 2019 minutes in the browser: the secretariat writes two
 * sessions and circulates them, a registered participant proposes a correction quoting a passage (a
 * paraphrase is refused beside its field), the secretariat accepts it and edits the text, then
 * approves; the public meeting page links the approved minutes, which show the corrected text and
 * the corrections log, and the PDF downloads. Every page is checked with axe.
 */
class MinutesApprovalBrowserIT extends BrowserTest {
  private static final String MEETING = "e-leaders-2019";
  private static final LocalDate DAY_1 = LocalDate.of(2019, 9, 19);

  @Test
  void theE2019MinutesAreCirculatedCorrectedApprovedAndPublished() throws Exception {
    new FeedbackFixtures(url)
        .registeredDelegate("it-min-story-pia", "Pia Participant", MEETING, DAY_1);
    // the demo data approves version 1 on a fresh start: this run circulates the next one
    HttpResponse<String> before =
        Api.anonymous(url).get("api/meetings/" + MEETING + "/minutes/approved");
    int next =
        before.statusCode() == 404 ? 1 : Api.json(before).asJsonObject().getInt("version") + 1;

    LoginPage.openFrom(driver, base, "/" + MinutesEditPage.PATH + MEETING)
        .signInAs("secretariat", LoginPage.DEMO_PASSWORD);
    MinutesEditPage minutes = MinutesEditPage.showing(driver, base);
    int session1 = minutes.indexOf("Towards new governance models");
    int session5 = minutes.indexOf("Delegates feedback session");
    minutes.replaceSummaryAndSave(
        session1, "The Task Force presented the draft Handbook to thirty delegations.");
    minutes.replaceSummaryAndSave(
        session5, "Delegates asked for shorter chapters in the draft Handbook.");
    assertThat(minutes.approvalStatus())
        .contains(next == 1 ? "not been circulated" : "Version " + (next - 1) + " is approved");
    minutes.circulateUntil(LocalDate.now().plusDays(14) + "T18:00");
    assertThat(minutes.approvalStatus()).contains("Version " + next + " is circulated");
    assertAccessible(driver);
    assertThat(
            TestMail.text(
                TestMail.await(
                    Seed.email("it-min-story-pia"),
                    "Draft minutes for your corrections",
                    java.time.Duration.ofSeconds(30))))
        .contains("me/minutes.xhtml?meeting=" + MEETING);
    minutes.signOut();

    LoginPage.openFrom(driver, base, "/" + CirculatedMinutesPage.PATH + MEETING)
        .signInAs("it-min-story-pia", LoginPage.DEMO_PASSWORD);
    CirculatedMinutesPage circulated = CirculatedMinutesPage.showing(driver, base);
    assertThat(circulated.window()).contains("open for corrections");
    assertThat(circulated.minutesText()).contains("thirty delegations");
    assertAccessible(driver);
    circulated.propose("Towards new governance models", "forty delegations", "twenty-eight", "");
    assertThat(circulated.fieldMessage("passage")).contains("not in the item's minutes");
    assertThat(
            circulated.propose(
                "Towards new governance models",
                "thirty delegations",
                "twenty-eight delegations",
                "The attendance list shows 28."))
        .contains("is sent to the secretariat");
    assertThat(circulated.mine()).singleElement().asString().contains("Waiting for a decision");
    assertAccessible(driver);
    circulated.signOut();

    LoginPage.openFrom(driver, base, "/" + MinutesEditPage.PATH + MEETING)
        .signInAs("secretariat", LoginPage.DEMO_PASSWORD);
    minutes = MinutesEditPage.showing(driver, base);
    assertThat(minutes.corrections())
        .singleElement()
        .asString()
        .contains("twenty-eight delegations")
        .contains("Pia Participant");
    assertThat(minutes.decide(0, true, null).approvalMessages()).contains("decision is recorded");
    minutes.replaceSummaryAndSave(
        minutes.indexOf("Towards new governance models"),
        "The Task Force presented the draft Handbook to twenty-eight delegations.");
    assertAccessible(driver);
    assertThat(minutes.approve()).contains("approved and published");
    assertThat(minutes.approvalStatus()).contains("Version " + next + " is approved");
    minutes.signOut();

    ApprovedMinutesPage approved = MeetingPage.open(driver, base, MEETING).openApprovedMinutes();
    assertThat(approved.version()).contains("Version " + next);
    assertThat(approved.minutesText())
        .contains("twenty-eight delegations")
        .doesNotContain("thirty delegations")
        .contains("shorter chapters");
    assertThat(approved.log())
        .singleElement()
        .asString()
        .contains("Pia Participant")
        .contains("Delegation of Feedbackland (IT)")
        .contains("Accepted");
    assertAccessible(driver);
    HttpResponse<byte[]> pdf =
        Api.anonymous(url)
            .getBytes(
                approved.pdfHref().substring(approved.pdfHref().indexOf("api/")),
                "application/pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
  }
}
