package org.plenary.web.rest.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.web.it.Api;
import org.plenary.web.it.Seed;
import org.plenary.web.it.TestServer;
import org.plenary.web.rest.feedback.FeedbackFixtures;

/**
 * Decisions and actions through the REST API: the secretariat records them with owners, owners (the
 * person, a member of the owning group, people of the owning organisation) move their status with
 * notes, others are refused, and the public monitor filters by meeting, owner, status and overdue.
 * Each test makes its own meeting.
 */
class ActionsApiIT {
  private static final LocalDate PAST = LocalDate.of(2025, 9, 15);

  final URL base = TestServer.url();

  private static String action(
      String itemKey, String title, String ownerKind, String owner, LocalDate due) {
    return """
        {"itemKey": "%s", "kind": "ACTION", "title": "%s", "ownerKind": "%s", "owner": "%s",
         "dueDate": "%s"}
        """
        .formatted(itemKey, title, ownerKind, owner, due);
  }

  @Test
  void ownersMoveTheirActionsAndTheMonitorFiltersThem() throws Exception {
    FeedbackFixtures fixtures = new FeedbackFixtures(base);
    List<String> keys = fixtures.publishMeeting("it-act-monitor", PAST, List.of("Follow-up"));
    Api owner = fixtures.delegate("it-act-olga", "Olga Owner");
    try (Seed seed = Seed.open()) {
      seed.account("it-act-mina", "Mina Ministry", "Ministry of Outcomes (IT)", "MINISTRY");
      seed.commit();
    }
    Api ministry = Api.asDemo(base, "it-act-mina");
    Api secretariat = Api.asDemo(base, "secretariat");
    String record = "api/meetings/it-act-monitor/actions";
    LocalDate future = LocalDate.now().plusMonths(3);

    HttpResponse<String> personal =
        secretariat.post(
            record,
            action(keys.get(0), "Olga shares the pilot report", "PERSON", "it-act-olga", future));
    assertThat(personal.statusCode()).as(personal.body()).isEqualTo(201);
    String personalKey = Api.json(personal).asJsonObject().getString("key");
    HttpResponse<String> late =
        secretariat.post(
            record,
            action(
                keys.get(0),
                "Ministry publishes the indicators",
                "ORGANISATION",
                "Ministry of Outcomes (IT)",
                LocalDate.now().minusDays(10)));
    assertThat(late.statusCode()).as(late.body()).isEqualTo(201);
    String lateKey = Api.json(late).asJsonObject().getString("key");
    HttpResponse<String> grouped =
        secretariat.post(
            record,
            action(
                keys.get(0),
                "Task Force revises the Handbook",
                "GROUP",
                "task-force-governance",
                future));
    assertThat(grouped.statusCode()).as(grouped.body()).isEqualTo(201);
    String groupKey = Api.json(grouped).asJsonObject().getString("key");

    HttpResponse<String> done =
        owner.post(
            "api/actions/" + personalKey + "/progress",
            "{\"status\": \"DONE\", \"note\": \"Report sent to all delegations\"}");
    assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
    JsonObject doneJson = Api.json(done).asJsonObject();
    assertThat(doneJson.getString("status")).isEqualTo("DONE");
    assertThat(doneJson.getJsonArray("notes").getJsonObject(0).getString("text"))
        .isEqualTo("Report sent to all delegations");
    HttpResponse<String> byGroup =
        Api.asDemo(base, "member")
            .post("api/actions/" + groupKey + "/progress", "{\"status\": \"IN_PROGRESS\"}");
    assertThat(byGroup.statusCode()).as(byGroup.body()).isEqualTo(200);
    HttpResponse<String> byMinistry =
        ministry.post(
            "api/actions/" + lateKey + "/progress",
            "{\"status\": \"PLANNED\", \"note\": \"Data arrive next week\"}");
    assertThat(byMinistry.statusCode()).as(byMinistry.body()).isEqualTo(200);

    HttpResponse<String> followed = Api.anonymous(base).get("api/actions/" + personalKey);
    assertThat(followed.statusCode()).as(followed.body()).isEqualTo(200);
    assertThat(
            Api.json(followed)
                .asJsonObject()
                .getJsonArray("notes")
                .getJsonObject(0)
                .getString("author"))
        .as("the public sees who wrote a note by name, not by user name or e-mail address")
        .isEqualTo("Olga Owner");
    assertThat(followed.body()).doesNotContain("it-act-olga");

    HttpResponse<String> notOwner =
        owner.post("api/actions/" + lateKey + "/progress", "{\"status\": \"DONE\"}");
    assertThat(notOwner.statusCode()).as(notOwner.body()).isEqualTo(403);
    assertThat(Api.json(notOwner).asJsonObject().getString("code")).isEqualTo("NOT_THE_OWNER");

    Api anyone = Api.anonymous(base);
    JsonObject all = Api.json(anyone.get("api/actions?meeting=it-act-monitor")).asJsonObject();
    assertThat(all.getInt("total")).isEqualTo(3);
    JsonObject overdue =
        Api.json(anyone.get("api/actions?meeting=it-act-monitor&overdue=true")).asJsonObject();
    assertThat(overdue.getInt("total")).isEqualTo(1);
    assertThat(overdue.getJsonArray("items").getJsonObject(0).getString("key")).isEqualTo(lateKey);
    assertThat(overdue.getJsonArray("items").getJsonObject(0).getBoolean("overdue")).isTrue();
    JsonObject finished =
        Api.json(anyone.get("api/actions?meeting=it-act-monitor&status=done")).asJsonObject();
    assertThat(finished.getInt("total")).isEqualTo(1);
    JsonObject byOwner =
        Api.json(anyone.get("api/actions?meeting=it-act-monitor&owner=task%20force"))
            .asJsonObject();
    assertThat(byOwner.getJsonArray("items").getJsonObject(0).getString("key")).isEqualTo(groupKey);
    assertThat(anyone.get("api/actions?overdue=maybe").statusCode()).isEqualTo(400);

    // the same as open data: CSV with the list's filters, soonest due first
    HttpResponse<String> csv =
        anyone.get("api/actions/export.csv?meeting=it-act-monitor", "text/csv");
    assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    List<String> lines = csv.body().lines().toList();
    assertThat(lines.get(0))
        .isEqualTo(
            "key,meeting,meeting_title,kind,title,owner_kind,owner,due_date,status,overdue,"
                + "updated_at,url");
    assertThat(lines).hasSize(4);
    assertThat(lines.get(1))
        .startsWith(lateKey + ",it-act-monitor,")
        .contains(",true,")
        .endsWith("/api/actions/" + lateKey);
    List<String> overdueLines =
        anyone
            .get("api/actions/export.csv?meeting=it-act-monitor&overdue=true", "text/csv")
            .body()
            .lines()
            .toList();
    assertThat(overdueLines).hasSize(2);
    assertThat(anyone.get("api/actions/export.csv?status=LATE", "text/csv").statusCode())
        .isEqualTo(400);
  }

  @Test
  void refusesAnUnknownOwnerAndCallersOtherThanTheSecretariat() throws Exception {
    FeedbackFixtures fixtures = new FeedbackFixtures(base);
    List<String> keys = fixtures.publishMeeting("it-act-refusals", PAST, List.of("Decisions"));
    String record = "api/meetings/it-act-refusals/actions";
    LocalDate due = LocalDate.now().plusDays(30);

    HttpResponse<String> unknown =
        Api.asDemo(base, "secretariat")
            .post(record, action(keys.get(0), "Nobody does it", "PERSON", "it-act-nobody", due));
    assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(422);
    assertThat(Api.json(unknown).asJsonObject().getString("code")).isEqualTo("UNKNOWN_OWNER");
    HttpResponse<String> delegate =
        Api.asDemo(base, "delegate")
            .post(record, action(keys.get(0), "Self-assigned", "PERSON", "delegate", due));
    assertThat(delegate.statusCode()).isEqualTo(403);
  }
}
