package org.plenary.web.rest.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.web.it.Api;
import org.plenary.web.it.TestServer;

/**
 * Feedback through the REST API: registered delegates rate sessions and answer forms, the
 * secretariat reads the aggregates and the CSV; everyone else, bad ratings, sessions not started
 * yet and closed forms are refused with a problem that says why. Each test makes its own meeting.
 */
class FeedbackApiIT {
  private static final LocalDate PAST = LocalDate.of(2025, 3, 10);

  final URL base = TestServer.url();

  private static String evaluation(int rating, String comment) {
    return "{\"rating\": %d, \"comment\": \"%s\"}".formatted(rating, comment);
  }

  @Test
  void registeredDelegatesRateASessionOnceEachAndTheSecretariatSeesTheAggregate() throws Exception {
    FeedbackFixtures fixtures = new FeedbackFixtures(base);
    List<String> keys = fixtures.publishMeeting("it-fb-rates", PAST, List.of("Handbook", "Data"));
    Api ada = fixtures.registeredDelegate("it-fb-ada", "Ada Rater", "it-fb-rates", PAST);
    Api ben = fixtures.registeredDelegate("it-fb-ben", "Ben Rater", "it-fb-rates", PAST);
    String session = "api/me/feedback/sessions/it-fb-rates/" + keys.get(0);

    HttpResponse<String> first = ada.put(session, evaluation(4, "Clear presentation"));
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    assertThat(Api.json(first).asJsonObject().getInt("myRating")).isEqualTo(4);
    assertThat(ben.put(session, evaluation(2, "Too long")).statusCode()).isEqualTo(200);
    HttpResponse<String> edited = ada.put(session, evaluation(5, "Clear, and useful"));
    assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);

    HttpResponse<String> results =
        Api.asDemo(base, "secretariat")
            .get("api/meetings/it-fb-rates/feedback/sessions/" + keys.get(0));
    assertThat(results.statusCode()).as(results.body()).isEqualTo(200);
    JsonObject ratings = Api.json(results).asJsonObject().getJsonObject("ratings");
    assertThat(ratings.getInt("count")).isEqualTo(2);
    assertThat(ratings.getJsonNumber("average").doubleValue()).isEqualTo(3.5);
    assertThat(ratings.getJsonArray("distribution").getValuesAs(JsonNumber::longValue))
        .containsExactly(0L, 1L, 0L, 0L, 1L);
    JsonObject other =
        Api.json(
                Api.asDemo(base, "secretariat")
                    .get("api/meetings/it-fb-rates/feedback/sessions/" + keys.get(1)))
            .asJsonObject();
    assertThat(other.getJsonObject("ratings").getInt("count")).isZero();

    JsonObject mine = Api.json(ada.get("api/me/feedback/sessions/it-fb-rates")).asJsonObject();
    assertThat(mine.getBoolean("registered")).isTrue();
    assertThat(mine.getJsonArray("sessions").getJsonObject(0).getString("myComment"))
        .isEqualTo("Clear, and useful");
  }

  @Test
  void refusesTheUnregisteredTheWrongRoleAndRatingsOutsideOneToFive() throws Exception {
    FeedbackFixtures fixtures = new FeedbackFixtures(base);
    List<String> keys = fixtures.publishMeeting("it-fb-refusals", PAST, List.of("Only session"));
    Api outsider = fixtures.delegate("it-fb-outsider", "Olga Outsider");
    Api member = fixtures.registeredDelegate("it-fb-member", "Mia Member", "it-fb-refusals", PAST);
    String session = "api/me/feedback/sessions/it-fb-refusals/" + keys.get(0);

    HttpResponse<String> unregistered = outsider.put(session, evaluation(3, ""));
    assertThat(unregistered.statusCode()).isEqualTo(403);
    assertThat(unregistered.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    JsonObject problem = Api.json(unregistered).asJsonObject();
    assertThat(problem.getString("code")).isEqualTo("NOT_REGISTERED");

    for (int rating : new int[] {0, 6}) {
      HttpResponse<String> bad = member.put(session, evaluation(rating, ""));
      assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
      assertThat(
              Api.json(bad)
                  .asJsonObject()
                  .getJsonArray("errors")
                  .getJsonObject(0)
                  .getString("field"))
          .isEqualTo("rating");
    }
    assertThat(Api.anonymous(base).put(session, evaluation(3, "")).statusCode()).isEqualTo(401);

    Api declined =
        fixtures.registeredDelegate("it-fb-declined", "Dan Declined", "it-fb-refusals", PAST);
    Api secretariat = Api.asDemo(base, "secretariat");
    long registration =
        Api.json(secretariat.get("api/meetings/it-fb-refusals/registrations?q=declined"))
            .asJsonObject()
            .getJsonArray("rows")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    assertThat(
            secretariat
                .put(
                    "api/meetings/it-fb-refusals/registrations/" + registration + "/decision",
                    "{\"decision\":\"DECLINED\",\"reason\":\"No seats left (IT)\"}")
                .statusCode())
        .isEqualTo(200);
    HttpResponse<String> afterDecline = declined.put(session, evaluation(1, ""));
    assertThat(afterDecline.statusCode())
        .as("a declined registration does not make a participant: " + afterDecline.body())
        .isEqualTo(403);
    assertThat(Api.json(afterDecline).asJsonObject().getString("code")).isEqualTo("NOT_REGISTERED");

    String results = "api/meetings/it-fb-refusals/feedback/sessions/" + keys.get(0);
    assertThat(member.get(results).statusCode()).isEqualTo(403);
    assertThat(Api.anonymous(base).get(results).statusCode()).isEqualTo(401);
    assertThat(member.get("api/meetings/it-fb-refusals/feedback.csv", "text/csv").statusCode())
        .isEqualTo(403);
    assertThat(
            member
                .post(
                    "api/meetings/it-fb-refusals/feedback/forms",
                    "{\"title\":\"x\",\"opensAt\":\"2025-01-01T00:00:00Z\","
                        + "\"closesAt\":\"2025-02-01T00:00:00Z\",\"questions\":"
                        + "[{\"kind\":\"FREE_TEXT\",\"text\":\"Why?\"}]}")
                .statusCode())
        .isEqualTo(403);
    assertThat(
            Api.json(
                    Api.asDemo(base, "secretariat")
                        .get("api/meetings/it-fb-refusals/feedback/sessions/" + keys.get(0)))
                .asJsonObject()
                .getJsonObject("ratings")
                .getInt("count"))
        .isZero();
  }

  @Test
  void refusesToEvaluateASessionBeforeItStarts() throws Exception {
    FeedbackFixtures fixtures = new FeedbackFixtures(base);
    LocalDate future = LocalDate.now(ZoneOffset.UTC).plusYears(2);
    List<String> keys = fixtures.publishMeeting("it-fb-future", future, List.of("Ahead"));
    Api early = fixtures.registeredDelegate("it-fb-early", "Eli Early", "it-fb-future", future);

    HttpResponse<String> refused =
        early.put("api/me/feedback/sessions/it-fb-future/" + keys.get(0), evaluation(5, ""));

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
    JsonObject problem = Api.json(refused).asJsonObject();
    assertThat(problem.getString("code")).isEqualTo("SESSION_NOT_STARTED");
    assertThat(problem.getString("detail")).contains("\"Ahead\" can be evaluated once");
    JsonObject sheet = Api.json(early.get("api/me/feedback/sessions/it-fb-future")).asJsonObject();
    assertThat(sheet.getJsonArray("sessions").getJsonObject(0).getBoolean("started")).isFalse();
  }

  @Test
  void takesAnswersToKeyQuestionsOnlyOnceTheSecretariatOpensThem() throws Exception {
    FeedbackFixtures fixtures = new FeedbackFixtures(base);
    List<String> keys = fixtures.publishMeeting("it-fb-questions", PAST, List.of("Indicators"));
    Api kim = fixtures.registeredDelegate("it-fb-kim", "Kim Answers", "it-fb-questions", PAST);
    String session = "api/me/feedback/sessions/it-fb-questions/" + keys.get(0);
    String body = "{\"rating\": 4, \"answers\": [\"The peer reviews\", \"More time\"]}";

    HttpResponse<String> closed = kim.put(session, body);
    assertThat(closed.statusCode()).as(closed.body()).isEqualTo(422);
    assertThat(Api.json(closed).asJsonObject().getString("code"))
        .isEqualTo("KEY_QUESTIONS_NOT_OPEN");

    String open =
        "api/meetings/it-fb-questions/feedback/sessions/" + keys.get(0) + "/key-questions";
    assertThat(kim.put(open, "{\"open\": true}").statusCode()).isEqualTo(403);
    assertThat(Api.asDemo(base, "secretariat").put(open, "{\"open\": true}").statusCode())
        .isEqualTo(204);

    HttpResponse<String> answered = kim.put(session, body);
    assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
    JsonObject sheet = Api.json(answered).asJsonObject();
    assertThat(sheet.getBoolean("keyQuestionsOpen")).isTrue();
    assertThat(sheet.getJsonArray("myAnswers").getString(1)).isEqualTo("More time");
    assertThat(
            Api.json(
                    Api.asDemo(base, "secretariat")
                        .get("api/meetings/it-fb-questions/feedback/sessions/" + keys.get(0)))
                .asJsonObject()
                .getBoolean("keyQuestionsOpen"))
        .isTrue();
  }

  @Test
  void takesOneEditableResponsePerDelegateAndAggregatesTheAnswers() throws Exception {
    FeedbackFixtures fixtures = new FeedbackFixtures(base);
    fixtures.publishMeeting("it-fb-forms", PAST, List.of("Feedback session"));
    Api ana = fixtures.registeredDelegate("it-fb-ana", "Ana Form", "it-fb-forms", PAST);
    Api bo = fixtures.registeredDelegate("it-fb-bo", "Bo Form", "it-fb-forms", PAST);
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    long formId =
        fixtures
            .defineForm(
                "it-fb-forms", "Drafts", now.minusHours(1).toString(), now.plusDays(30).toString())
            .getJsonNumber("id")
            .longValue();
    String form = "api/me/feedback/forms/" + formId;

    HttpResponse<String> missing =
        ana.put(form, "{\"answers\": [{\"code\": \"handbook\", \"rating\": 4}]}");
    assertThat(missing.statusCode()).as(missing.body()).isEqualTo(422);
    assertThat(Api.json(missing).asJsonObject().getString("code")).isEqualTo("ANSWER_REQUIRED");
    assertThat(
            Api.json(missing)
                .asJsonObject()
                .getJsonArray("errors")
                .getJsonObject(0)
                .getString("field"))
        .isEqualTo("ready");
    HttpResponse<String> notAChoice =
        ana.put(
            form,
            "{\"answers\": [{\"code\": \"handbook\", \"rating\": 4},"
                + " {\"code\": \"ready\", \"choices\": [\"Maybe\"]}]}");
    assertThat(Api.json(notAChoice).asJsonObject().getString("code")).isEqualTo("NOT_A_CHOICE");
    HttpResponse<String> tooHigh =
        ana.put(form, "{\"answers\": [{\"code\": \"handbook\", \"rating\": 6}]}");
    assertThat(tooHigh.statusCode()).isEqualTo(400);

    String anaAnswers =
        """
        {"answers": [{"code": "handbook", "rating": 2}, {"code": "ready", "choices": ["No"]},
          {"code": "groups", "choices": ["Digital Identity", "Service Delivery"]},
          {"code": "missing", "text": "A chapter on procurement"}]}
        """;
    assertThat(ana.put(form, anaAnswers).statusCode()).isEqualTo(200);
    HttpResponse<String> changed =
        ana.put(form, anaAnswers.replace("\"rating\": 2", "\"rating\": 4"));
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    HttpResponse<String> second =
        bo.put(
            form,
            """
            {"answers": [{"code": "handbook", "rating": 5}, {"code": "ready", "choices": ["Yes"]},
              {"code": "groups", "choices": ["Digital Identity"]}]}
            """);
    assertThat(second.statusCode()).as(second.body()).isEqualTo(200);

    JsonArray forms =
        Api.json(Api.asDemo(base, "secretariat").get("api/meetings/it-fb-forms/feedback/forms"))
            .asJsonArray();
    assertThat(forms.getJsonObject(0).getJsonObject("form").getBoolean("standard")).isTrue();
    JsonObject drafts =
        forms.getValuesAs(JsonObject.class).stream()
            .filter(f -> f.getJsonObject("form").getString("title").equals("Drafts"))
            .findFirst()
            .orElseThrow();
    assertThat(drafts.getInt("responses")).isEqualTo(2);
    JsonArray questions = drafts.getJsonArray("questions");
    JsonObject handbook = questions.getJsonObject(0).getJsonObject("ratings");
    assertThat(handbook.getInt("count")).isEqualTo(2);
    assertThat(handbook.getJsonNumber("average").doubleValue()).isEqualTo(4.5);
    assertThat(questions.getJsonObject(2).getJsonArray("choices").getValuesAs(JsonObject.class))
        .extracting(c -> c.getString("label") + "=" + c.getInt("count"))
        .containsExactly("Digital Identity=2", "Service Delivery=1", "Emerging Technologies=0");
    assertThat(questions.getJsonObject(3).getInt("answers")).isEqualTo(1);

    HttpResponse<String> csv =
        Api.asDemo(base, "secretariat").get("api/meetings/it-fb-forms/feedback.csv", "text/csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(csv.body())
        .startsWith("meeting,source,subject,question_code,question,respondent,answer,updated_at")
        .contains(
            "it-fb-forms,form,Drafts,missing,What is missing?,Ana Form,A chapter on procurement,")
        .contains(
            "it-fb-forms,form,Drafts,groups,Which groups continue?,Ana Form,"
                + "Digital Identity; Service Delivery,")
        .contains(",Bo Form,5,");
  }

  @Test
  void refusesChangesToAClosedFormWithAClearTitle() throws Exception {
    FeedbackFixtures fixtures = new FeedbackFixtures(base);
    fixtures.publishMeeting("it-fb-closed", PAST, List.of("Feedback session"));
    Api late = fixtures.registeredDelegate("it-fb-late", "Lee Late", "it-fb-closed", PAST);
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    long formId =
        fixtures
            .defineForm(
                "it-fb-closed",
                "Closed drafts",
                now.minusDays(10).toString(),
                now.minusDays(1).toString())
            .getJsonNumber("id")
            .longValue();

    HttpResponse<String> refused =
        late.put(
            "api/me/feedback/forms/" + formId,
            "{\"answers\": [{\"code\": \"handbook\", \"rating\": 4},"
                + " {\"code\": \"ready\", \"choices\": [\"Yes\"]}]}");

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
    JsonObject problem = Api.json(refused).asJsonObject();
    assertThat(problem.getString("code")).isEqualTo("FORM_CLOSED");
    assertThat(problem.getString("detail")).contains("Closed drafts").contains("can no longer");
    JsonArray mine = Api.json(late.get("api/me/feedback/forms/meeting/it-fb-closed")).asJsonArray();
    JsonObject closed =
        mine.getValuesAs(JsonObject.class).stream()
            .filter(f -> f.getJsonObject("form").getString("title").equals("Closed drafts"))
            .findFirst()
            .orElseThrow();
    assertThat(closed.getBoolean("closed")).isTrue();
    assertThat(closed.getBoolean("answered")).isFalse();
  }

  @Test
  void attachesTheStandardSatisfactionSetToEveryMeetingWithStableCodes() throws Exception {
    FeedbackFixtures fixtures = new FeedbackFixtures(base);
    fixtures.publishMeeting("it-fb-standard", PAST, List.of("Plenary"));
    Api sam = fixtures.registeredDelegate("it-fb-sam", "Sam Standard", "it-fb-standard", PAST);

    JsonObject standard =
        Api.json(sam.get("api/me/feedback/forms/meeting/it-fb-standard"))
            .asJsonArray()
            .getJsonObject(0);
    assertThat(standard.getJsonObject("form").getBoolean("standard")).isTrue();
    assertThat(standard.getBoolean("open")).isTrue();
    assertThat(
            standard.getJsonObject("form").getJsonArray("questions").getValuesAs(JsonObject.class))
        .extracting(q -> q.getString("code"))
        .containsExactly("overall", "relevance", "organisation", "attend-again", "suggestions");

    long formId = standard.getJsonObject("form").getJsonNumber("id").longValue();
    HttpResponse<String> answered =
        sam.put(
            "api/me/feedback/forms/" + formId,
            """
            {"answers": [{"code": "overall", "rating": 5}, {"code": "relevance", "rating": 4},
              {"code": "organisation", "rating": 3}, {"code": "attend-again", "rating": 5}]}
            """);
    assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
    assertThat(Api.json(answered).asJsonObject().getBoolean("answered")).isTrue();
  }
}
