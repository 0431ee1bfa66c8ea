package org.plenary.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.web.browser.Accessibility.assertAccessible;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.web.it.Api;
import org.plenary.web.rest.feedback.FeedbackFixtures;

/**
 * "Follow-up on actions from last year" on the agenda editor: an unknown earlier meeting is refused
 * beside its field; a known one adds an item to the day shown. The page is checked with axe.
 */
class FollowUpBrowserIT extends BrowserTest {
  @Test
  void theSecretariatPullsLastYearsOpenActionsIntoTheAgenda() throws Exception {
    FeedbackFixtures fixtures = new FeedbackFixtures(url);
    List<String> keys =
        fixtures.publishMeeting("it-fub-last", LocalDate.of(2025, 9, 18), List.of("Strategy"));
    Api secretariat = Api.asDemo(url, "secretariat");
    HttpResponse<String> recorded =
        secretariat.post(
            "api/meetings/it-fub-last/actions",
            """
            {"itemKey": "%s", "kind": "ACTION", "title": "Task Force compares strategies",
             "ownerKind": "GROUP", "owner": "task-force-governance", "dueDate": "2026-05-01"}
            """
                .formatted(keys.get(0)));
    assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
    HttpResponse<String> planned =
        secretariat.post(
            "api/planning/meetings",
            """
            {"id": "it-fub-next", "title": "Follow-up browser next year",
             "venue": {"name": "Test venue", "addressLines": ["Rue 1"], "city": "Brussels"},
             "timeZone": "Europe/Brussels", "startDate": "2026-09-18", "endDate": "2026-09-18"}
            """);
    assertThat(planned.statusCode()).as(planned.body()).isEqualTo(201);
    HttpResponse<String> day =
        secretariat.post(
            "api/planning/meetings/it-fub-next/days",
            "{\"version\": %d, \"date\": \"2026-09-18\", \"label\": \"Day 1\", \"audience\": {}}"
                .formatted(Api.json(planned).asJsonObject().getJsonNumber("version").longValue()));
    assertThat(day.statusCode()).as(day.body()).isEqualTo(201);

    LoginPage.openFrom(driver, base, "/" + MeetingEditPage.PATH + "it-fub-next")
        .signInAs("secretariat", LoginPage.DEMO_PASSWORD);
    MeetingEditPage editor = MeetingEditPage.showing(driver, base);
    assertThat(editor.pullFollowUp("it-fub-none", "09:00", "09:30"))
        .contains("No published meeting has this identifier");
    assertAccessible(driver);
    assertThat(editor.pullFollowUp("it-fub-last", "09:00", "09:30")).isEmpty();
    assertThat(editor.pageMessages()).anySatisfy(m -> assertThat(m).contains("follow-up item"));
    assertThat(editor.items())
        .anySatisfy(
            row ->
                assertThat(row.title())
                    .contains("Follow-up on actions from Feedback test it-fub-last"));
    assertAccessible(driver);
  }
}
