package org.plenary.web.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.plenary.web.it.Api;
import org.plenary.web.it.HeldRow;
import org.plenary.web.it.Seed;
import org.plenary.web.it.TestServer;
import org.plenary.web.rest.feedback.FeedbackFixtures;

/**
 * A change that meets someone else's at the very moment, after every check the service makes and
 * before its commit, made to happen on cue ({@link HeldRow}): a registration whose version moved
 * on, a delegate's rating inserted twice at once. The REST caller is told 409, nothing of the
 * change is stored and the server logs no incident; trying again goes through. (The pages: {@code
 * RegistrationDeskBrowserIT}.)
 */
class ChangedMeanwhileOnPostgresIT {
  private static final LocalDate DAY = LocalDate.of(2027, 5, 12);

  final URL base = TestServer.url();

  @Test
  void aDecisionThatMeetsAnotherChangeOfTheRegistrationAtCommitIsAConflictAndStoresNothing()
      throws Exception {
    long registration;
    try (Seed seed = Seed.open()) {
      seed.publishedMeeting(
          "it-cm-desk", "Changed meanwhile", List.of(new Seed.Day(DAY, "Day 1", List.of())));
      seed.accounts(
          List.of(new Seed.Person("it-cm-ana", "Ana Aas")),
          "Nordland Delegation (IT changed meanwhile)",
          "OECD_MEMBER_DELEGATION");
      seed.commit();
    }
    HttpResponse<String> registered =
        Api.asDemo(base, "it-cm-ana")
            .post(
                "api/meetings/it-cm-desk/registrations",
                "{\"days\":[\"" + DAY + "\"],\"attendance\":\"IN_PERSON\"}");
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    try (Seed seed = Seed.open()) {
      registration = seed.registrationId("it-cm-desk", "it-cm-ana");
    }
    Api secretariat = Api.asDemo(base, "secretariat");
    String decision = "api/meetings/it-cm-desk/registrations/" + registration + "/decision";

    CompletableFuture<HttpResponse<String>> approving;
    try (HeldRow changing = HeldRow.newVersion("registration", registration)) {
      approving =
          CompletableFuture.supplyAsync(
              () -> secretariat.put(decision, "{\"decision\":\"APPROVED\"}"));
      changing.awaitWriter();
    }
    HttpResponse<String> refused = approving.get(60, TimeUnit.SECONDS);

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
    assertThat(refused.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    JsonObject problem = Api.json(refused).asJsonObject();
    assertThat(problem.getString("code")).isEqualTo("CHANGED_MEANWHILE");
    assertThat(problem.getString("detail")).contains("Someone else changed this");
    try (Seed seed = Seed.open()) {
      assertThat(
              seed.number(
                  "select count(*) from registration where id = ? and status = 'SUBMITTED'",
                  registration))
          .as("the registration still awaits a decision")
          .isEqualTo(1);
      assertThat(
              seed.number(
                  "select count(*) from audit_entry where action = 'registration.approved'"
                      + " and object_id like 'it-cm-desk/%'"))
          .as("no approval in the audit log")
          .isZero();
    }

    HttpResponse<String> again = secretariat.put(decision, "{\"decision\":\"APPROVED\"}");
    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
  }

  @Test
  void aRatingSavedTwiceAtTheSameMomentIsAConflictNotAFailureOfTheServer() throws Exception {
    LocalDate day = LocalDate.of(2025, 6, 3);
    FeedbackFixtures fixtures = new FeedbackFixtures(base);
    String session = fixtures.publishMeeting("it-cm-rating", day, List.of("Only session")).get(0);
    Api delegate = fixtures.registeredDelegate("it-cm-rater", "Rita Rater", "it-cm-rating", day);
    String path = "api/me/feedback/sessions/it-cm-rating/" + session;
    long mark = TestServer.logLength();

    CompletableFuture<HttpResponse<String>> rating;
    try (HeldRow other =
        FeedbackFixtures.ratingHeldElsewhere("it-cm-rating", session, "it-cm-rater", 3)) {
      rating =
          CompletableFuture.supplyAsync(
              () -> delegate.put(path, "{\"rating\": 5, \"comment\": \"Sent twice\"}"));
      other.awaitWriter();
    }
    HttpResponse<String> refused = rating.get(60, TimeUnit.SECONDS);

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
    assertThat(Api.json(refused).asJsonObject().getString("code")).isEqualTo("CHANGED_MEANWHILE");
    assertThat(TestServer.loggedSince(mark))
        .as("a conflict, not an incident of the server's")
        .doesNotContain("Incident ");
    HttpResponse<String> again = delegate.put(path, "{\"rating\": 5, \"comment\": \"Sent again\"}");
    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    try (Seed seed = Seed.open()) {
      assertThat(
              seed.number(
                  "select count(*) from session_evaluation e join person p on p.id = e.person_id"
                      + " where p.email = ? and e.rating = 5",
                  Seed.email("it-cm-rater")))
          .as("one rating, the one sent again")
          .isEqualTo(1);
    }
  }
}
