package org.plenary.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.web.browser.Accessibility.assertAccessible;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.web.it.Api;
import org.plenary.web.it.Seed;
import org.plenary.web.it.TestMail;
import org.plenary.web.rest.feedback.FeedbackFixtures;

/**
 * Issue 7's whole story in the browser, on a meeting of its own shaped like E-Leaders 2019 (the
 * demo meeting's minutes are approved at start-up and another test circulates them): the
 * secretariat writes the minutes of two sessions and circulates them, a registered participant
 * proposes a correction, the secretariat accepts it, approves and publishes (the participants are
 * mailed); then records three actions with owners (a person, a delegation, a working group), one
 * already past its due date; the person moves hers to done with a note; the overdue one is reminded
 * by e-mail; the public monitor shows all three. Every page visited is checked with axe.
 */
class OutcomesStoryBrowserIT extends BrowserTest {
  private static final String MEETING = "it-story-el19";
  private static final LocalDate DAY_1 = LocalDate.of(2019, 9, 19);
  private static final String SESSION_1 = "Towards new governance models";
  private static final String SESSION_2 = "Framing the facets of a sound governance framework";
  private static final String DONE = "Pia circulates the list of digital government units";
  private static final String LATE = "Feedbackland shares its coordination body's mandate";
  private static final String GOING = "Task Force drafts the governance Handbook";

  @Test
  void minutesAreApprovedAndTheirActionsFollowedOnThePublicMonitor() throws Exception {
    FeedbackFixtures fixtures = new FeedbackFixtures(url);
    fixtures.publishMeeting(MEETING, DAY_1, List.of(SESSION_1, SESSION_2));
    fixtures.registeredDelegate("it-story-pia", "Pia Story", MEETING, DAY_1);

    // the secretariat writes two sessions and circulates them
    LoginPage.openFrom(driver, base, "/" + MinutesEditPage.PATH + MEETING)
        .signInAs("secretariat", LoginPage.DEMO_PASSWORD);
    MinutesEditPage minutes = MinutesEditPage.showing(driver, base);
    minutes.replaceSummaryAndSave(
        minutes.indexOf(SESSION_1), "Twelve countries presented their governance models.");
    minutes.replaceSummaryAndSave(
        minutes.indexOf(SESSION_2), "Four tables detailed leadership, coordination and funding.");
    minutes.circulateUntil(LocalDate.now().plusDays(14) + "T18:00");
    assertThat(minutes.approvalStatus()).contains("Version 1 is circulated");
    assertAccessible(driver);
    minutes.signOut();

    // a participant proposes a correction
    LoginPage.openFrom(driver, base, "/" + CirculatedMinutesPage.PATH + MEETING)
        .signInAs("it-story-pia", LoginPage.DEMO_PASSWORD);
    CirculatedMinutesPage circulated = CirculatedMinutesPage.showing(driver, base);
    assertThat(
            circulated.propose(
                SESSION_1, "Twelve countries", "Eleven countries", "Mexico did not present."))
        .contains("is sent to the secretariat");
    assertAccessible(driver);
    circulated.signOut();

    // the secretariat accepts it, approves and publishes, then records three actions
    LoginPage.openFrom(driver, base, "/" + MinutesEditPage.PATH + MEETING)
        .signInAs("secretariat", LoginPage.DEMO_PASSWORD);
    minutes = MinutesEditPage.showing(driver, base);
    assertThat(minutes.decide(0, true, null).approvalMessages()).contains("decision is recorded");
    minutes.replaceSummaryAndSave(
        minutes.indexOf(SESSION_1), "Eleven countries presented their governance models.");
    assertThat(minutes.approve()).contains("approved and published");
    assertThat(
            minutes.recordAction(
                SESSION_1,
                "Action",
                " ",
                "Person (user name)",
                "it-story-pia",
                LocalDate.now().plusMonths(2).toString()))
        .as("a blank title is refused beside its field")
        .isNotEmpty()
        .doesNotContain("Recorded");
    assertThat(minutes.fieldMessage("actionTitle")).isNotEmpty();
    assertThat(
            minutes.recordAction(
                SESSION_1,
                "Action",
                DONE,
                "Person (user name)",
                "it-story-pia",
                LocalDate.now().plusMonths(2).toString()))
        .contains("Recorded");
    assertThat(
            minutes.recordAction(
                SESSION_2,
                "Action",
                LATE,
                "Delegation or ministry (name or acronym)",
                "Delegation of Feedbackland (IT)",
                LocalDate.now().minusDays(5).toString()))
        .contains("Recorded");
    assertThat(
            minutes.recordAction(
                SESSION_2,
                "Decision",
                GOING,
                "Working group (identifier)",
                "nobody-such-group",
                LocalDate.now().plusMonths(4).toString()))
        .contains("Nobody is known by this name");
    assertThat(
            minutes.recordAction(
                SESSION_2,
                "Decision",
                GOING,
                "Working group (identifier)",
                "task-force-governance",
                LocalDate.now().plusMonths(4).toString()))
        .contains("Recorded");
    assertThat(minutes.meetingActions()).hasSize(3);
    assertThat(minutes.meetingActions())
        .anySatisfy(row -> assertThat(row).contains(LATE).contains("overdue"));
    String doneKey = minutes.actionKey(DONE);
    assertAccessible(driver);
    minutes.signOut();

    // the owner moves hers to done with a dated note
    LoginPage.openFrom(driver, base, "/" + ActionProgressPage.PATH + doneKey)
        .signInAs("it-story-pia", LoginPage.DEMO_PASSWORD);
    ActionProgressPage action = ActionProgressPage.showing(driver, base);
    assertThat(action.status()).contains("Planned");
    assertAccessible(driver);
    assertThat(action.report("Done", "Sent to all delegations."))
        .contains("progress note is saved");
    assertThat(action.status()).contains("Done");
    assertThat(action.notes())
        .singleElement()
        .asString()
        .contains(LocalDate.now().toString())
        .contains("Sent to all delegations.");
    assertAccessible(driver);
    action.signOut();

    // the overdue one is reminded to the people of the owning delegation
    HttpResponse<String> reminded =
        Api.asDemo(url, "secretariat").post("api/actions/reminders", "");
    assertThat(reminded.statusCode()).as(reminded.body()).isEqualTo(200);
    assertThat(
            TestMail.await(Seed.email("it-story-pia"), LATE, Duration.ofSeconds(30)).getSubject())
        .contains("Overdue");

    // the participants were told of the approval
    assertThat(
            TestMail.text(
                TestMail.await(
                    Seed.email("it-story-pia"), "Minutes approved", Duration.ofSeconds(30))))
        .contains("meetings/minutes.xhtml?meeting=" + MEETING);

    jakarta.json.JsonObject log =
        Api.json(
                Api.anonymous(url)
                    .get("api/meetings/" + MEETING + "/minutes/approved/corrections?size=1"))
            .asJsonObject();
    assertThat(log.getInt("total")).isEqualTo(1);
    assertThat(log.getJsonArray("items").getJsonObject(0).toString()).contains("Pia Story");
    assertThat(
            Api.anonymous(url)
                .get("api/meetings/it-story-none/minutes/approved/corrections")
                .statusCode())
        .isEqualTo(404);

    // everyone sees the approved minutes and the three actions on the public monitor
    ApprovedMinutesPage approved = MeetingPage.open(driver, base, MEETING).openApprovedMinutes();
    assertThat(approved.minutesText()).contains("Eleven countries").doesNotContain("Twelve");
    assertThat(approved.log()).singleElement().asString().contains("Pia Story");
    assertAccessible(driver);
    ActionMonitorPage monitor = ActionMonitorPage.open(driver, base, MEETING);
    assertThat(monitor.rows()).hasSize(3);
    assertThat(monitor.rows())
        .anySatisfy(row -> assertThat(row).contains(DONE).contains("Done"))
        .anySatisfy(row -> assertThat(row).contains(LATE).contains("overdue"))
        .anySatisfy(row -> assertThat(row).contains(GOING).contains("Planned"));
    assertThat(monitor.counts()).contains("Planned 2", "Done 1");
    assertAccessible(driver);
    assertThat(monitor.showOverdueOnly().rows()).singleElement().asString().contains(LATE);
  }

  @Test
  void theDemoMeetingShowsApprovedMinutesAndItsThreeActions() {
    ApprovedMinutesPage approved =
        MeetingPage.open(driver, base, "e-leaders-2019").openApprovedMinutes();
    assertThat(approved.minutesText()).contains("governance models");
    assertAccessible(driver);
    ActionMonitorPage monitor = ActionMonitorPage.open(driver, base, "e-leaders-2019");
    assertThat(monitor.rows())
        .anySatisfy(row -> assertThat(row).contains("drafts the Handbook").contains("Done"))
        .anySatisfy(row -> assertThat(row).contains("Luxembourg").contains("overdue"))
        .anySatisfy(
            row -> assertThat(row).contains("shared digital platforms").contains("In progress"));
    assertAccessible(driver);
  }
}
