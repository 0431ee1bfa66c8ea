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
 * Anyone follows a meeting's commitments on the public monitor: three actions with owners, one done
 * and one overdue, in the table and in the status counts beside the chart; the overdue filter keeps
 * the overdue one. The page is checked with axe.
 */
class ActionMonitorBrowserIT extends BrowserTest {
  private static final LocalDate PAST = LocalDate.of(2025, 10, 6);

  @Test
  void theMonitorShowsAMeetingsActionsTheirStatusAndTheOverdueOne() throws Exception {
    List<String> keys =
        new FeedbackFixtures(url).publishMeeting("it-act-web", PAST, List.of("Commitments"));
    Api secretariat = Api.asDemo(url, "secretariat");
    String record = "api/meetings/it-act-web/actions";
    String done =
        key(
            secretariat.post(
                record,
                body(
                    keys.get(0),
                    "Secretariat circulates the survey",
                    "secretariat",
                    LocalDate.now().plusDays(20))));
    key(
        secretariat.post(
            record,
            body(
                keys.get(0),
                "Delegate reports on pilots",
                "delegate",
                LocalDate.now().minusDays(5))));
    key(
        secretariat.post(
            record,
            """
            {"itemKey": "%s", "kind": "ACTION", "title": "Task Force revises the Handbook",
             "ownerKind": "GROUP", "owner": "task-force-governance", "dueDate": "%s"}
            """
                .formatted(keys.get(0), LocalDate.now().plusMonths(2))));
    assertThat(
            secretariat
                .post("api/actions/" + done + "/progress", "{\"status\": \"DONE\"}")
                .statusCode())
        .isEqualTo(200);

    ActionMonitorPage monitor = ActionMonitorPage.open(driver, base, "it-act-web");
    assertAccessible(driver);
    assertThat(monitor.rows()).hasSize(3);
    assertThat(monitor.rows().get(0)).contains("Delegate reports on pilots").contains("overdue");
    assertThat(monitor.counts())
        .containsExactly("Planned 2", "In progress 0", "Done 1", "Dropped 0");

    assertThat(monitor.showOverdueOnly().rows())
        .singleElement()
        .asString()
        .contains("Delegate reports on pilots");
    assertThat(monitor.downloadCsv().lines().toList())
        .as("the CSV has the filters applied")
        .hasSize(2)
        .last()
        .asString()
        .contains(",Delegate reports on pilots,");
    assertAccessible(driver);
  }

  private static String body(String itemKey, String title, String username, LocalDate due) {
    return """
        {"itemKey": "%s", "kind": "ACTION", "title": "%s", "ownerKind": "PERSON",
         "owner": "%s", "dueDate": "%s"}
        """
        .formatted(itemKey, title, username, due);
  }

  private static String key(HttpResponse<String> created) {
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return Api.json(created).asJsonObject().getString("key");
  }
}
