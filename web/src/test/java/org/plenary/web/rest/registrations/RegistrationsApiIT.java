package org.plenary.web.rest.registrations;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plenary.web.it.Api;
import org.plenary.web.it.Seed;
import org.plenary.web.it.TestMail;
import org.plenary.web.it.TestServer;

/**
 * Registering through the REST API: the demo delegate for E-Leaders 2019, audience refusals, the
 * social event's bus filling up, and a cancellation that promotes the next in line by e-mail.
 */
class RegistrationsApiIT {
  private static final Duration MAIL_WAIT = Duration.ofSeconds(30);
  private static final String DELEGATE_EMAIL = "mari.tamm@delegation-ee.example";

  final URL base = TestServer.url();

  @Test
  void listsMyRegistrationsTheNextMeetingFirstThenTheLatestPast() throws Exception {
    LocalDate soon = LocalDate.of(2089, 5, 5);
    LocalDate later = LocalDate.of(2090, 1, 10);
    LocalDate before = LocalDate.of(2018, 3, 3);
    LocalDate after = LocalDate.of(2019, 3, 3);
    try (Seed seed = Seed.open()) {
      seed.publishedMeeting(
          "it-mine-later", "Mine later", List.of(new Seed.Day(later, "Day 1", List.of())));
      seed.publishedMeeting(
          "it-mine-soon", "Mine soon", List.of(new Seed.Day(soon, "Day 1", List.of())));
      seed.publishedMeeting(
          "it-mine-before", "Mine before", List.of(new Seed.Day(before, "Day 1", List.of())));
      seed.publishedMeeting(
          "it-mine-after", "Mine after", List.of(new Seed.Day(after, "Day 1", List.of())));
      seed.account("it-mine", "Mia Mine", "Ministry of Order (IT)", "MINISTRY");
      seed.commit();
    }
    Api me = Api.asDemo(base, "it-mine");
    for (Object[] meeting :
        List.of(
            new Object[] {"it-mine-before", before},
            new Object[] {"it-mine-later", later},
            new Object[] {"it-mine-after", after},
            new Object[] {"it-mine-soon", soon})) {
      HttpResponse<String> registered =
          me.post(
              "api/meetings/" + meeting[0] + "/registrations",
              "{\"days\":[\"" + meeting[1] + "\"],\"attendance\":\"REMOTE\"}");
      assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    }

    assertThat(mine(me, ""))
        .extracting(r -> r.getString("meetingId"))
        .containsExactly("it-mine-soon", "it-mine-later", "it-mine-after", "it-mine-before");
    JsonObject across = Api.json(me.get("api/me/registrations?first=1&size=2")).asJsonObject();
    assertThat(across.getInt("total")).isEqualTo(4);
    assertThat(across.getInt("first")).isEqualTo(1);
    assertThat(across.getJsonArray("items").getValuesAs(JsonObject.class))
        .as("a page across the meetings to come and the past ones")
        .extracting(r -> r.getString("meetingId"))
        .containsExactly("it-mine-later", "it-mine-after");
    assertThat(mine(me, "?first=4")).isEmpty();
    for (String wrong : List.of("first=-1", "size=0", "size=201", "size=many")) {
      HttpResponse<String> refused = me.get("api/me/registrations?" + wrong);
      assertThat(refused.statusCode()).as(wrong).isEqualTo(400);
      assertThat(refusedField(refused)).as(wrong).isEqualTo(wrong.substring(0, wrong.indexOf('=')));
    }
  }

  @Test
  void registersTheDemoDelegateAndMailsAConfirmationWithACalendarEntry() throws Exception {
    assertThat(
            Api.asDemo(base, "secretariat")
                .put("api/meetings/e-leaders-2019/social-event/capacity", "{\"seats\":40}")
                .statusCode())
        .isEqualTo(200);

    HttpResponse<String> response =
        Api.asDemo(base, "delegate")
            .post(
                "api/meetings/e-leaders-2019/registrations",
                """
                {"days":["2019-09-19","2019-09-20"],"sideMeetings":["going-digital-2019"],
                 "socialEvent":true,"dietaryNeeds":"Végétarien, sans gluten",
                 "accessibilityNeeds":"Step-free access","attendance":"IN_PERSON"}
                """);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    assertThat(response.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/api/me/registrations/e-leaders-2019"));
    JsonObject registration = Api.json(response).asJsonObject();
    assertThat(registration.getString("status")).isEqualTo("SUBMITTED");
    assertThat(registration.getString("participant")).isEqualTo("Mari Tamm");
    assertThat(registration.getJsonArray("days").getString(1)).isEqualTo("2019-09-20");
    assertThat(registration.getJsonArray("sideMeetings").getString(0))
        .isEqualTo("going-digital-2019");
    assertThat(registration.getJsonObject("socialEvent").getString("status"))
        .isEqualTo("CONFIRMED");

    MimeMessage mail = TestMail.await(DELEGATE_EMAIL, "Registration received", MAIL_WAIT);
    MimeMultipart parts = (MimeMultipart) mail.getContent();
    assertThat((String) parts.getBodyPart(0).getContent())
        .contains("Dear Mari Tamm")
        .contains("Végétarien, sans gluten")
        .contains("Social event: your seat is confirmed");
    BodyPart calendar = parts.getBodyPart(1);
    assertThat(calendar.getFileName()).isEqualTo("e-leaders-2019.ics");
    ByteArrayOutputStream ics = new ByteArrayOutputStream();
    calendar.getDataHandler().writeTo(ics);
    assertThat(ics.toString(StandardCharsets.UTF_8))
        .as("each day at its hours as published, in UTC (Brussels is UTC+2 in September)")
        .contains("DTSTART:20190919T090000Z\r\nDTEND:20190919T154500Z\r\n")
        .contains("DTSTART:20190920T070000Z\r\n")
        .as("the social event, with a seat, is an event of its own")
        .contains("DTSTART:20190919T160000Z\r\nDTEND:20190919T200000Z\r\n")
        .as("the side meeting chosen is in the calendar too")
        .contains("UID:going-digital-2019-")
        .doesNotContain("VALUE=DATE");

    assertThat(mine(Api.asDemo(base, "delegate"), ""))
        .extracting(r -> r.getString("meetingId"))
        .contains("e-leaders-2019");

    HttpResponse<String> retry =
        Api.asDemo(base, "delegate")
            .post(
                "api/meetings/e-leaders-2019/registrations",
                "{\"days\":[\"2019-09-19\"],\"attendance\":\"REMOTE\"}");
    assertThat(retry.statusCode()).isEqualTo(409);
    assertThat(Api.json(retry).asJsonObject().getString("code")).isEqualTo("ALREADY_REGISTERED");
  }

  @Test
  void refusesAPrivateSectorParticipantTheDelegatesOnlyDaySayingWhy() throws Exception {
    String email;
    try (Seed seed = Seed.open()) {
      email = seed.account("it-private-1", "Pat Private", "Acme Digital (IT)", "PRIVATE_SECTOR");
      seed.commit();
    }
    Api participant = Api.asDemo(base, "it-private-1");

    HttpResponse<String> refused =
        participant.post(
            "api/meetings/e-leaders-2019/registrations",
            "{\"days\":[\"2019-09-19\",\"2019-09-20\"],\"attendance\":\"IN_PERSON\"}");

    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    JsonObject problem = Api.json(refused).asJsonObject();
    assertThat(problem.getString("code")).isEqualTo("AUDIENCE_NOT_ADMITTED");
    assertThat(problem.getString("detail"))
        .contains("Day 2")
        .contains("2019-09-20")
        .contains("Acme Digital (IT), is private sector");
    assertThat(mine(participant, "")).isEmpty();
    assertThat(TestMail.to(email, "Registration received")).isEmpty();

    HttpResponse<String> dayOne =
        participant.post(
            "api/meetings/e-leaders-2019/registrations",
            "{\"days\":[\"2019-09-19\"],\"attendance\":\"REMOTE\"}");
    assertThat(dayOne.statusCode()).as(dayOne.body()).isEqualTo(201);
  }

  @Test
  void refusesAnInvalidBodyNamingTheField() {
    HttpResponse<String> response =
        Api.asDemo(base, "member")
            .post(
                "api/meetings/e-leaders-2019/registrations",
                "{\"days\":[],\"attendance\":\"IN_PERSON\"}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(refusedField(response)).isEqualTo("days");
    assertThat(
            Api.anonymous(base)
                .post(
                    "api/meetings/e-leaders-2019/registrations",
                    "{\"days\":[\"2019-09-19\"],\"attendance\":\"IN_PERSON\"}")
                .statusCode())
        .isEqualTo(401);
  }

  /** A value of another kind is never read as one of the field's own (ApiJsonb). */
  @Test
  void refusesAValueOfAnotherKindNamingItsFieldAndStoresNothing() throws Exception {
    try (Seed seed = Seed.open()) {
      seed.account(
          "it-bool-1", "Bo Olean", "Delegation of Booleans (IT)", "OECD_MEMBER_DELEGATION");
      seed.commit();
    }
    Api participant = Api.asDemo(base, "it-bool-1");
    String path = "api/meetings/e-leaders-2019/registrations";

    Map<String, List<String>> wrong =
        Map.of(
            "socialEvent", List.of("\"yes\"", "\"true\"", "1"),
            "dietaryNeeds", List.of("12", "true", "[\"vegan\"]"));
    wrong.forEach(
        (field, values) -> {
          for (String value : values) {
            HttpResponse<String> refused =
                participant.post(
                    path,
                    "{\"days\":[\"2019-09-19\"],\""
                        + field
                        + "\":"
                        + value
                        + ",\"attendance\":\"REMOTE\"}");

            assertThat(refused.statusCode()).as(value + ": " + refused.body()).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(refusedField(refused)).as(value).isEqualTo(field);
          }
        });
    assertThat(mine(participant, "")).isEmpty();

    assertThat(
            socialEvent(
                participant.post(
                    path,
                    "{\"days\":[\"2019-09-19\"],\"socialEvent\":false,\"attendance\":\"REMOTE\"}")))
        .isEqualTo("NOT_REQUESTED");
  }

  @Test
  void fillsTheBusThenGivesAFreedSeatToTheFirstInLineAndTellsThemByMail() throws Exception {
    List<String> emails;
    try (Seed seed = Seed.open()) {
      seed.publishedMeeting(
          "it-bus-2026",
          "Bus test meeting",
          List.of(new Seed.Day(LocalDate.of(2026, 6, 1), "Day 1", List.of())));
      emails =
          seed.accounts(
              List.of(
                  new Seed.Person("it-bus-1", "Ada One"),
                  new Seed.Person("it-bus-2", "Ben Two"),
                  new Seed.Person("it-bus-3", "Cleo Three")),
              "Delegation of Busland (IT)",
              "OECD_MEMBER_DELEGATION");
      seed.commit();
    }
    String path = "api/meetings/it-bus-2026/registrations";
    String withBus =
        "{\"days\":[\"2026-06-01\"],\"socialEvent\":true,\"attendance\":\"IN_PERSON\"}";
    assertThat(Api.asDemo(base, "it-bus-1").post(path, withBus).statusCode())
        .as("no seats before the secretariat sets them")
        .isEqualTo(422);
    assertThat(
            Api.asDemo(base, "delegate")
                .put("api/meetings/it-bus-2026/social-event/capacity", "{\"seats\":2}")
                .statusCode())
        .isEqualTo(403);
    assertThat(
            Api.asDemo(base, "secretariat")
                .put("api/meetings/it-bus-2026/social-event/capacity", "{\"seats\":2}")
                .statusCode())
        .isEqualTo(200);

    assertThat(socialEvent(Api.asDemo(base, "it-bus-1").post(path, withBus)))
        .isEqualTo("CONFIRMED");
    assertThat(socialEvent(Api.asDemo(base, "it-bus-2").post(path, withBus)))
        .isEqualTo("CONFIRMED");
    JsonObject third = Api.json(Api.asDemo(base, "it-bus-3").post(path, withBus)).asJsonObject();
    assertThat(third.getJsonObject("socialEvent").getString("status")).isEqualTo("WAITING");
    assertThat(third.getJsonObject("socialEvent").getInt("position")).isEqualTo(1);
    MimeMessage waiting = TestMail.await(emails.get(2), "Registration received", MAIL_WAIT);
    assertThat((String) ((MimeMultipart) waiting.getContent()).getBodyPart(0).getContent())
        .contains("number 1 on the waiting list");

    assertThat(Api.asDemo(base, "it-bus-1").delete("api/me/registrations/it-bus-2026").statusCode())
        .isEqualTo(204);

    JsonObject promoted =
        Api.json(Api.asDemo(base, "it-bus-3").get("api/me/registrations/it-bus-2026"))
            .asJsonObject();
    assertThat(promoted.getJsonObject("socialEvent").getString("status")).isEqualTo("CONFIRMED");
    MimeMessage promotion = TestMail.await(emails.get(2), "A seat for you", MAIL_WAIT);
    assertThat((String) promotion.getContent()).contains("Dear Cleo Three");
    assertThat(TestMail.to(emails.get(1), "A seat for you")).isEmpty();
    JsonObject seats =
        Api.json(Api.asDemo(base, "secretariat").get("api/meetings/it-bus-2026/social-event"))
            .asJsonObject();
    assertThat(seats.getInt("taken")).isEqualTo(2);
    assertThat(seats.getInt("waiting")).isZero();
    assertThat(Api.asDemo(base, "it-bus-1").get("api/me/registrations/it-bus-2026").statusCode())
        .isEqualTo(404);
    JsonObject audit =
        Api.json(
                Api.asDemo(base, "secretariat")
                    .get("api/audit?action=registration.promoted&objectType=registration"))
            .asJsonObject();
    assertThat(audit.getJsonArray("entries").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("objectId"))
        .anyMatch(id -> id.startsWith("it-bus-2026/"));

    assertThat(promoted.getString("status")).isEqualTo("SUBMITTED");
    Api secretariat = Api.asDemo(base, "secretariat");
    decide(secretariat, "it-bus-2026", "Cleo Three", "{\"decision\":\"APPROVED\"}");
    decide(
        secretariat,
        "it-bus-2026",
        "Ben Two",
        "{\"decision\":\"DECLINED\",\"reason\":\"The delegation is full.\"}");
    assertThat(status("it-bus-3", "it-bus-2026")).isEqualTo("APPROVED");
    assertThat(status("it-bus-2", "it-bus-2026")).isEqualTo("DECLINED");
    assertThat(mine(Api.asDemo(base, "it-bus-3"), ""))
        .filteredOn(r -> r.getString("meetingId").equals("it-bus-2026"))
        .extracting(r -> r.getString("status"))
        .containsExactly("APPROVED");
  }

  @Test
  void changesARegistrationAndGivesTheSeatItGaveUpToTheNextInLine() throws Exception {
    List<String> emails;
    try (Seed seed = Seed.open()) {
      seed.publishedMeeting(
          "it-change-2026",
          "Change test meeting",
          List.of(
              new Seed.Day(LocalDate.of(2026, 6, 1), "Day 1", List.of()),
              new Seed.Day(LocalDate.of(2026, 6, 2), "Day 2", List.of("OECD_MEMBER_DELEGATION"))));
      emails =
          seed.accounts(
              List.of(
                  new Seed.Person("it-chg-1", "Dana One"), new Seed.Person("it-chg-2", "Eli Two")),
              "Delegation of Changeland (IT)",
              "OECD_MEMBER_DELEGATION");
      seed.commit();
    }
    assertThat(
            Api.asDemo(base, "secretariat")
                .put("api/meetings/it-change-2026/social-event/capacity", "{\"seats\":1}")
                .statusCode())
        .isEqualTo(200);
    String path = "api/meetings/it-change-2026/registrations";
    String withBus =
        "{\"days\":[\"2026-06-01\"],\"socialEvent\":true,\"attendance\":\"IN_PERSON\"}";
    assertThat(socialEvent(Api.asDemo(base, "it-chg-1").post(path, withBus)))
        .isEqualTo("CONFIRMED");
    assertThat(socialEvent(Api.asDemo(base, "it-chg-2").post(path, withBus))).isEqualTo("WAITING");
    Api dana = Api.asDemo(base, "it-chg-1");
    String mine = "api/me/registrations/it-change-2026";

    HttpResponse<String> changed =
        dana.put(
            mine,
            """
            {"days":["2026-06-01","2026-06-02"],"socialEvent":false,"attendance":"REMOTE",
             "accessibilityNeeds":"Captions, please","listed":true}
            """);

    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    JsonObject registration = Api.json(changed).asJsonObject();
    assertThat(registration.getJsonArray("days").getValuesAs(jakarta.json.JsonString.class))
        .extracting(jakarta.json.JsonString::getString)
        .containsExactly("2026-06-01", "2026-06-02");
    assertThat(registration.getString("attendance")).isEqualTo("REMOTE");
    assertThat(registration.getJsonObject("socialEvent").getString("status"))
        .isEqualTo("NOT_REQUESTED");
    assertThat(registration.getBoolean("listed")).isTrue();
    assertThat(registration.getString("accessibilityNeeds")).isEqualTo("Captions, please");
    assertThat(registration.getString("status")).isEqualTo("SUBMITTED");
    assertThat(Api.json(dana.get(mine)).asJsonObject().getString("attendance")).isEqualTo("REMOTE");
    MimeMessage changeMail = TestMail.await(emails.get(0), "Registration changed", MAIL_WAIT);
    assertThat((String) ((MimeMultipart) changeMail.getContent()).getBodyPart(0).getContent())
        .contains("Days: 2026-06-01, 2026-06-02")
        .contains("Attendance: remote")
        .contains("Social event: not requested");
    assertThat(
            Api.json(Api.asDemo(base, "it-chg-2").get("api/me/registrations/it-change-2026"))
                .asJsonObject()
                .getJsonObject("socialEvent")
                .getString("status"))
        .as("the seat Dana gave up went to Eli, first in line")
        .isEqualTo("CONFIRMED");
    TestMail.await(emails.get(1), "A seat for you", MAIL_WAIT);

    HttpResponse<String> remoteBus =
        dana.put(
            mine, "{\"days\":[\"2026-06-01\"],\"socialEvent\":true,\"attendance\":\"REMOTE\"}");
    assertThat(remoteBus.statusCode()).isEqualTo(422);
    assertThat(Api.json(remoteBus).asJsonObject().getString("code"))
        .isEqualTo("SOCIAL_EVENT_ONLY_IN_PERSON");
    assertThat(Api.json(dana.get(mine)).asJsonObject().getJsonArray("days")).hasSize(2);

    JsonObject waiting = Api.json(dana.put(mine, withBus)).asJsonObject();
    assertThat(waiting.getJsonObject("socialEvent").getString("status")).isEqualTo("WAITING");
    assertThat(waiting.getJsonObject("socialEvent").getInt("position")).isEqualTo(1);
    assertThat(waiting.getBoolean("listed")).as("absent: off, as when registering").isFalse();

    assertThat(dana.put(mine, "{\"days\":[],\"attendance\":\"IN_PERSON\"}").statusCode())
        .isEqualTo(400);
    assertThat(dana.put("api/me/registrations/e-leaders-2019-none", withBus).statusCode())
        .isEqualTo(404);
    assertThat(Api.anonymous(base).put(mine, withBus).statusCode()).isEqualTo(401);

    decide(
        Api.asDemo(base, "secretariat"),
        "it-change-2026",
        "Eli Two",
        "{\"decision\":\"DECLINED\",\"reason\":\"Not on the list.\"}");
    HttpResponse<String> declined =
        Api.asDemo(base, "it-chg-2").put("api/me/registrations/it-change-2026", withBus);
    assertThat(declined.statusCode()).isEqualTo(422);
    assertThat(Api.json(declined).asJsonObject().getString("code")).isEqualTo("ALREADY_DECIDED");
    JsonObject audit =
        Api.json(
                Api.asDemo(base, "secretariat")
                    .get("api/audit?action=registration.changed&objectType=registration"))
            .asJsonObject();
    assertThat(audit.getJsonArray("entries").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("objectId"))
        .anyMatch(id -> id.startsWith("it-change-2026/"));
    HttpResponse<String> csv =
        Api.asDemo(base, "secretariat")
            .get("api/audit/export.csv?action=registration.changed", "text/csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(d -> assertThat(d).contains("audit-log.csv"));
    assertThat(csv.body().lines().skip(1))
        .isNotEmpty()
        .allSatisfy(line -> assertThat(line).contains(",registration.changed,registration,"))
        .anyMatch(line -> line.contains("it-change-2026/"));
  }

  @Test
  void closesRegistrationOnTheDayTheSecretariatSetsButLetsPeopleCancel() throws Exception {
    LocalDate day = LocalDate.now(java.time.ZoneOffset.UTC).plusYears(1);
    try (Seed seed = Seed.open()) {
      seed.publishedMeeting(
          "it-deadline", "Deadline test meeting", List.of(new Seed.Day(day, "Day 1", List.of())));
      seed.accounts(
          List.of(new Seed.Person("it-dl-1", "Hana One"), new Seed.Person("it-dl-2", "Ivo Two")),
          "Delegation of Deadlineland (IT)",
          "OECD_MEMBER_DELEGATION");
      seed.commit();
    }
    String body = "{\"days\":[\"" + day + "\"],\"attendance\":\"IN_PERSON\"}";
    String registrations = "api/meetings/it-deadline/registrations";
    String period = "api/meetings/it-deadline/registration-period";
    Api secretariat = Api.asDemo(base, "secretariat");
    assertThat(Api.asDemo(base, "it-dl-1").post(registrations, body).statusCode()).isEqualTo(201);
    JsonObject open = Api.json(Api.anonymous(base).get(period)).asJsonObject();
    assertThat(open.containsKey("closesOn")).as("no deadline").isFalse();
    assertThat(open.getBoolean("open")).isTrue();

    HttpResponse<String> tooLate =
        secretariat.put(period, "{\"closesOn\":\"" + day.plusDays(1) + "\"}");
    assertThat(tooLate.statusCode()).isEqualTo(422);
    assertThat(Api.json(tooLate).asJsonObject().getString("code"))
        .isEqualTo("DEADLINE_AFTER_MEETING");
    String past = "{\"closesOn\":\"" + LocalDate.now(java.time.ZoneOffset.UTC).minusDays(2) + "\"}";
    assertThat(Api.asDemo(base, "it-dl-1").put(period, past).statusCode()).isEqualTo(403);
    JsonObject closed = Api.json(secretariat.put(period, past)).asJsonObject();
    assertThat(closed.getBoolean("open")).isFalse();

    HttpResponse<String> late = Api.asDemo(base, "it-dl-2").post(registrations, body);
    assertThat(late.statusCode()).isEqualTo(409);
    assertThat(Api.json(late).asJsonObject().getString("code")).isEqualTo("REGISTRATION_CLOSED");
    Api hana = Api.asDemo(base, "it-dl-1");
    JsonObject hanas = Api.json(hana.get("api/me/registrations/it-deadline")).asJsonObject();
    assertThat(hanas.getBoolean("changeable")).isFalse();
    assertThat(hanas.getString("registrationClosesOn"))
        .isEqualTo(LocalDate.now(java.time.ZoneOffset.UTC).minusDays(2).toString());
    HttpResponse<String> change = hana.put("api/me/registrations/it-deadline", body);
    assertThat(change.statusCode()).isEqualTo(409);
    assertThat(Api.json(change).asJsonObject().getString("code")).isEqualTo("REGISTRATION_CLOSED");
    assertThat(hana.delete("api/me/registrations/it-deadline").statusCode())
        .as("cancelling stays possible")
        .isEqualTo(204);

    String later = "{\"closesOn\":\"" + day.minusDays(7) + "\"}";
    JsonObject reopened = Api.json(secretariat.put(period, later)).asJsonObject();
    assertThat(reopened.getBoolean("open")).isTrue();
    HttpResponse<String> inTime = Api.asDemo(base, "it-dl-2").post(registrations, body);
    assertThat(inTime.statusCode()).as(inTime.body()).isEqualTo(201);
    assertThat(Api.json(inTime).asJsonObject().getBoolean("changeable")).isTrue();
    assertThat(
            Api.json(secretariat.put(period, "{\"closesOn\":null}"))
                .asJsonObject()
                .containsKey("closesOn"))
        .as("null removes the deadline")
        .isFalse();
  }

  /** The secretariat's decision on the registration of the person named so at the desk. */
  private void decide(Api secretariat, String meeting, String name, String decision) {
    long id =
        Api.json(secretariat.get("api/meetings/" + meeting + "/registrations?size=200"))
            .asJsonObject()
            .getJsonArray("rows")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(row -> row.getString("name").equals(name))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    HttpResponse<String> decided =
        secretariat.put("api/meetings/" + meeting + "/registrations/" + id + "/decision", decision);
    assertThat(decided.statusCode()).as(decided.body()).isBetween(200, 204);
  }

  /** The {@code status} of the user's own registration for the meeting. */
  private String status(String username, String meeting) {
    return Api.json(Api.asDemo(base, username).get("api/me/registrations/" + meeting))
        .asJsonObject()
        .getString("status");
  }

  @Test
  void describesTheRegistrationEndpointsInOpenApi() {
    HttpResponse<String> openApi = Api.anonymous(base).get("/openapi", "application/json");

    assertThat(openApi.statusCode()).isEqualTo(200);
    assertThat(openApi.body())
        .contains("/api/meetings/{id}/registrations")
        .contains("/api/me/registrations")
        .contains("/api/meetings/{id}/social-event/capacity");
  }

  private static String socialEvent(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return Api.json(response).asJsonObject().getJsonObject("socialEvent").getString("status");
  }

  /** The caller's registrations as {@code GET /api/me/registrations} pages them. */
  private static List<JsonObject> mine(Api caller, String query) {
    HttpResponse<String> response = caller.get("api/me/registrations" + query);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Api.json(response).asJsonObject().getJsonArray("items").getValuesAs(JsonObject.class);
  }

  /** The field a 400 problem names. */
  private static String refusedField(HttpResponse<String> refused) {
    return Api.json(refused)
        .asJsonObject()
        .getJsonArray("errors")
        .getJsonObject(0)
        .getString("field");
  }
}
