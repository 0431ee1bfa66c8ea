package org.plenary.web.rest.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.web.it.Api;
import org.plenary.web.it.TestServer;
import org.plenary.web.rest.feedback.FeedbackFixtures;

/**
 * "Follow-up on actions from last year": the secretariat pulls into next year's draft agenda an
 * item listing last year's decisions and actions still open (not the done ones), through the
 * agenda's own item creation (version check included); nobody else may.
 */
class FollowUpApiIT {
  final URL base = TestServer.url();

  @Test
  void pullsTheOpenActionsOfLastYearIntoNextYearsAgenda() throws Exception {
    FeedbackFixtures fixtures = new FeedbackFixtures(base);
    List<String> keys =
        fixtures.publishMeeting("it-fu-last", LocalDate.of(2025, 9, 17), List.of("Strategy"));
    Api secretariat = Api.asDemo(base, "secretariat");
    String record = "api/meetings/it-fu-last/actions";
    String openTitle = "Secretariat drafts the follow-up survey";
    String doneTitle = "Secretariat sends the closed survey";
    secretariat.post(record, action(keys.get(0), openTitle, LocalDate.of(2026, 3, 1)));
    String doneKey =
        Api.json(secretariat.post(record, action(keys.get(0), doneTitle, LocalDate.of(2026, 3, 1))))
            .asJsonObject()
            .getString("key");
    secretariat.post("api/actions/" + doneKey + "/progress", "{\"status\": \"DONE\"}");

    String meetings = "api/planning/meetings";
    HttpResponse<String> planned =
        secretariat.post(
            meetings,
            """
            {"id": "it-fu-next", "title": "Follow-up test next year",
             "venue": {"name": "Test venue", "addressLines": ["Rue 1"], "city": "Brussels"},
             "timeZone": "Europe/Brussels", "startDate": "2026-09-17", "endDate": "2026-09-17"}
            """);
    assertThat(planned.statusCode()).as(planned.body()).isEqualTo(201);
    HttpResponse<String> day =
        secretariat.post(
            meetings + "/it-fu-next/days",
            "{\"version\": %d, \"date\": \"2026-09-17\", \"label\": \"Day 1\", \"audience\": {}}"
                .formatted(version(planned)));
    assertThat(day.statusCode()).as(day.body()).isEqualTo(201);
    long version = version(day);
    String body =
        "{\"version\": %d, \"from\": \"%s\", \"date\": \"2026-09-17\", \"start\": \"09:00\","
            + " \"end\": \"09:30\"}";

    assertThat(
            Api.asDemo(base, "delegate")
                .post(meetings + "/it-fu-next/follow-up", body.formatted(version, "it-fu-last"))
                .statusCode())
        .isEqualTo(403);
    assertThat(
            secretariat
                .post(meetings + "/it-fu-next/follow-up", body.formatted(version, "it-fu-none"))
                .statusCode())
        .isEqualTo(404);
    assertThat(
            secretariat
                .post(meetings + "/it-fu-next/follow-up", "{\"version\": %d}".formatted(version))
                .statusCode())
        .isEqualTo(400);

    HttpResponse<String> pulled =
        secretariat.post(meetings + "/it-fu-next/follow-up", body.formatted(version, "it-fu-last"));
    assertThat(pulled.statusCode()).as(pulled.body()).isEqualTo(201);
    assertThat(Api.json(pulled).asJsonObject().getString("itemKey")).isNotBlank();
    assertThat(
            secretariat
                .post(meetings + "/it-fu-next/follow-up", body.formatted(version, "it-fu-last"))
                .statusCode())
        .as("the version read is stale")
        .isEqualTo(409);

    String draft = secretariat.get(meetings + "/it-fu-next").body();
    assertThat(draft)
        .contains("Follow-up on actions from Feedback test it-fu-last")
        .contains(openTitle)
        .doesNotContain(doneTitle);
  }

  private static String action(String itemKey, String title, LocalDate due) {
    return """
        {"itemKey": "%s", "kind": "ACTION", "title": "%s", "ownerKind": "GROUP",
         "owner": "task-force-governance", "dueDate": "%s"}
        """
        .formatted(itemKey, title, due);
  }

  private static long version(HttpResponse<String> response) {
    jakarta.json.JsonObject body = Api.json(response).asJsonObject();
    return body.containsKey("meetingVersion")
        ? body.getJsonNumber("meetingVersion").longValue()
        : body.getJsonNumber("version").longValue();
  }
}
