package org.plenary.web.rest.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.web.it.Api;
import org.plenary.web.it.Seed;
import org.plenary.web.it.TestServer;
import org.plenary.web.rest.consultations.ConsultationFixtures;
import org.plenary.web.rest.feedback.FeedbackFixtures;

/**
 * A delegate downloads everything Plenary holds about her, then erases herself: her account is
 * gone, her name, e-mail address and needs are gone, and her registration and comment still count
 * in the meeting and the consultation, without her name. An erasure not confirmed with her own user
 * name changes nothing.
 */
class PrivacyApiIT {
  final URL base = TestServer.url();

  @Test
  void aDelegateDownloadsHerDataThenErasesItKeepingWhatReportsCount() throws Exception {
    String username = "it-privacy-erin";
    long person;
    try (Seed seed = Seed.open()) {
      seed.account(
          username, "Erin Privacy", "Delegation of Privacyland (IT)", "OECD_MEMBER_DELEGATION");
      seed.commit();
      person = seed.number("select person_id from account where username = ?", username);
    }
    Api erin = Api.asDemo(base, username);
    HttpResponse<String> registered =
        erin.post(
            "api/meetings/e-leaders-2019/registrations",
            "{\"days\":[\"2019-09-19\"],\"attendance\":\"IN_PERSON\",\"dietaryNeeds\":\"No nuts\"}");
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    long consultation =
        ConsultationFixtures.draft(base, "it-privacy-group").openNow("Privacy consultation");
    String comments = "api/consultations/" + consultation + "/comments";
    HttpResponse<String> commented =
        erin.post(
            comments,
            "{\"text\":\"Say how long you keep data.\",\"section\":1,\"category\":\"citizen\","
                + "\"country\":\"EE\"}");
    assertThat(commented.statusCode()).as(commented.body()).isEqualTo(201);

    HttpResponse<String> download = erin.get("api/me/data");
    assertThat(download.statusCode()).as(download.body()).isEqualTo(200);
    assertThat(download.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(d -> assertThat(d).startsWith("attachment; filename=\"plenary-data-"));
    JsonObject data = Api.json(download).asJsonObject();
    assertThat(data.getJsonArray("person").getJsonObject(0).getString("fullName"))
        .isEqualTo("Erin Privacy");
    assertThat(data.getJsonArray("person").getJsonObject(0).getString("email"))
        .isEqualTo(Seed.email(username));
    assertThat(data.getJsonArray("account").getJsonObject(0).getString("role"))
        .isEqualTo("DELEGATE");
    JsonObject registration =
        data.getJsonObject("meetings").getJsonArray("registrations").getJsonObject(0);
    assertThat(registration.getString("meeting")).isEqualTo("e-leaders-2019");
    assertThat(registration.getString("dietaryNeeds")).isEqualTo("No nuts");
    assertThat(
            data.getJsonObject("meetings")
                .getJsonArray("registeredDays")
                .getJsonObject(0)
                .getString("day"))
        .isEqualTo("2019-09-19");
    assertThat(
            data.getJsonObject("consultations")
                .getJsonArray("comments")
                .getJsonObject(0)
                .getString("text"))
        .isEqualTo("Say how long you keep data.");
    assertThat(data.getJsonArray("auditLog").toString()).contains("registration.created");

    assertThat(Api.anonymous(base).get("api/me/data").statusCode()).isEqualTo(401);
    HttpResponse<String> unconfirmed = erin.post("api/me/erasure", "{\"confirmation\":\"erin\"}");
    assertThat(unconfirmed.statusCode()).isEqualTo(422);
    JsonObject problem = Api.json(unconfirmed).asJsonObject();
    assertThat(problem.getString("code")).isEqualTo("NOT_CONFIRMED");
    assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("confirmation");
    assertThat(erin.get("api/me/data").statusCode()).as("nothing erased").isEqualTo(200);

    long before = total(comments);
    HttpResponse<String> erased =
        erin.post("api/me/erasure", "{\"confirmation\":\"" + username + "\"}");
    assertThat(erased.statusCode()).as(erased.body()).isEqualTo(200);

    assertThat(erin.get("api/me/data").statusCode()).as("the account is gone").isEqualTo(401);
    assertThat(total(comments)).as("the comment still counts").isEqualTo(before);
    try (Seed database = Seed.open()) {
      assertThat(
              database.number(
                  "select count(*) from person where id = ? and full_name = 'Erased person'"
                      + " and email is null and position is null",
                  person))
          .isEqualTo(1);
      assertThat(
              database.number(
                  "select count(*) from registration r join registration_day d"
                      + " on d.registration_id = r.id where r.person_id = ?"
                      + " and r.dietary_needs is null",
                  person))
          .as("the registration keeps its day, not the needs")
          .isEqualTo(1);
      assertThat(
              database.number(
                  "select count(*) from consultation_comment where consultation_id = ?"
                      + " and comment_text = 'Say how long you keep data.'"
                      + " and author_name = 'Erased person' and username is null and email is null",
                  consultation))
          .isEqualTo(1);
      assertThat(database.number("select count(*) from account where username = ?", username))
          .isZero();
      assertThat(database.number("select count(*) from audit_entry where actor = ?", username))
          .as("the audit log keeps what she did under the erased name")
          .isZero();
      assertThat(
              database.number(
                  "select count(*) from audit_entry where actor = ? and action = 'privacy.erased'",
                  "erased-" + person))
          .isEqualTo(1);
      assertThat(
              database.number(
                  "select count(*) from person where full_name = 'Erin Privacy' or email = ?",
                  Seed.email(username)))
          .isZero();
    }
  }

  @Test
  void theActionsAPersonOwnsAreInTheirDataAndTheMonitorForgetsTheirNameOnErasure()
      throws Exception {
    FeedbackFixtures fixtures = new FeedbackFixtures(base);
    List<String> items =
        fixtures.publishMeeting("it-privacy-acts", LocalDate.of(2025, 9, 15), List.of("Wrap-up"));
    String username = "it-privacy-otto";
    Api otto = fixtures.delegate(username, "Otto Owner");
    HttpResponse<String> recorded =
        Api.asDemo(base, "secretariat")
            .post(
                "api/meetings/it-privacy-acts/actions",
                """
                {"itemKey": "%s", "kind": "ACTION", "title": "Send the survey",
                 "ownerKind": "PERSON", "owner": "%s", "dueDate": "%s"}
                """
                    .formatted(items.get(0), username, LocalDate.now().plusMonths(1)));
    assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
    String action = "api/actions/" + Api.json(recorded).asJsonObject().getString("key");
    HttpResponse<String> progressed =
        otto.post(action + "/progress", "{\"status\": \"IN_PROGRESS\", \"note\": \"Sent to 12\"}");
    assertThat(progressed.statusCode()).as(progressed.body()).isEqualTo(200);

    JsonObject meetings =
        Api.json(otto.get("api/me/data")).asJsonObject().getJsonObject("meetings");
    assertThat(meetings.getJsonArray("actionsOwned").getJsonObject(0).getString("title"))
        .isEqualTo("Send the survey");
    assertThat(meetings.getJsonArray("actionNotes").getJsonObject(0).getString("text"))
        .isEqualTo("Sent to 12");

    HttpResponse<String> erased =
        otto.post("api/me/erasure", "{\"confirmation\":\"" + username + "\"}");
    assertThat(erased.statusCode()).as(erased.body()).isEqualTo(200);

    HttpResponse<String> followed = Api.anonymous(base).get(action);
    assertThat(followed.statusCode()).as(followed.body()).isEqualTo(200);
    JsonObject shown = Api.json(followed).asJsonObject();
    assertThat(shown.getString("ownerName")).isEqualTo("Erased person");
    assertThat(shown.getJsonArray("notes").getJsonObject(0).getString("author"))
        .isEqualTo("Erased person");
    assertThat(followed.body()).doesNotContain("Otto Owner").doesNotContain(username);
  }

  @Test
  void submissionsNeverConfirmedAreDeletedOnceTheirRetentionIsOver() throws Exception {
    long consultation =
        ConsultationFixtures.draft(base, "it-privacy-expiry").openNow("Expiry consultation");
    String comments = "api/consultations/" + consultation + "/comments";
    for (String who : List.of("old", "new")) {
      HttpResponse<String> sent =
          Api.anonymous(base)
              .post(
                  comments,
                  ("{\"text\":\"Unconfirmed %s.\",\"name\":\"Una %s\",\"email\":"
                          + "\"una-%s@example.org\",\"category\":\"citizen\",\"country\":\"FR\"}")
                      .formatted(who, who, who));
      assertThat(sent.statusCode()).as(sent.body()).isIn(201, 202);
    }
    try (Seed seed = Seed.open()) {
      seed.execute(
          "update consultation_comment set created_at = ? where email = 'una-old@example.org'",
          OffsetDateTime.now(ZoneOffset.UTC).minusDays(8));
      seed.commit();
    }

    assertThat(Api.asDemo(base, "delegate").post("api/privacy/expiry", "").statusCode())
        .isEqualTo(403);
    HttpResponse<String> expired = Api.asDemo(base, "secretariat").post("api/privacy/expiry", "");
    assertThat(expired.statusCode()).as(expired.body()).isEqualTo(200);
    assertThat(Api.json(expired).asJsonObject().getInt("expired")).isPositive();

    try (Seed database = Seed.open()) {
      assertThat(
              database.number(
                  "select count(*) from consultation_comment where consultation_id = ?"
                      + " and email like 'una-%'",
                  consultation))
          .as("only the comment still within its retention is left")
          .isEqualTo(1);
      assertThat(
              database.number(
                  "select count(*) from consultation_comment where email = 'una-new@example.org'"))
          .isEqualTo(1);
    }
  }

  private long total(String comments) {
    return Api.json(Api.anonymous(base).get(comments))
        .asJsonObject()
        .getJsonNumber("total")
        .longValue();
  }
}
