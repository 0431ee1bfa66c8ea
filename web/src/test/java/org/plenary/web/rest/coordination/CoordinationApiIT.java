package org.plenary.web.rest.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.plenary.web.it.Api;
import org.plenary.web.it.Seed;
import org.plenary.web.it.TestMail;
import org.plenary.web.it.TestServer;

/**
 * Interministerial coordination through the REST API: a round on the Handbook with two ministries,
 * positions as append-only entries, a fundamental objection that blocks closing until settled, one
 * reminder per overdue body however often the check runs, refusals as problems, and a hundred
 * officials of one ministry answering at once without losing an entry.
 */
class CoordinationApiIT {
  private static final String ROUNDS = "api/coordination/rounds";
  private static final int PARALLEL = 100;

  final URL base = TestServer.url();

  @Test
  void runsARoundWithCorrectionsASettledObjectionAndOneReminderForTheOverdueMinistry()
      throws Exception {
    long finance;
    long justice;
    long handbook;
    try (Seed seed = Seed.open()) {
      ministry(seed, List.of("it-coord-fin-1", "it-coord-fin-2"), "IT Ministry of Finance");
      ministry(seed, List.of("it-coord-jus-1"), "IT Ministry of Justice");
      seed.commit();
      finance = organisation(seed, "IT Ministry of Finance");
      justice = organisation(seed, "IT Ministry of Justice");
      handbook = handbook(seed);
    }
    Api secretariat = Api.asDemo(base, "secretariat");
    Api finance1 = Api.asDemo(base, "it-coord-fin-1");
    Api finance2 = Api.asDemo(base, "it-coord-fin-2");
    Api justice1 = Api.asDemo(base, "it-coord-jus-1");

    HttpResponse<String> started =
        secretariat.post(ROUNDS, startBody(handbook, List.of(finance, justice)));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    JsonObject round = Api.json(started).asJsonObject();
    long id = round.getJsonNumber("id").longValue();
    assertThat(started.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith(ROUNDS + "/" + id));
    assertThat(round.getString("drafter")).isEqualTo("OECD Secretariat");
    assertThat(round.getString("status")).isEqualTo("OPEN");
    assertThat(round.getInt("workingDays")).isEqualTo(15);
    assertThat(round.getInt("total")).isEqualTo(2);
    assertThat(rows(round)).allSatisfy(r -> assertThat(r.getBoolean("overdue")).isTrue());
    for (String official : List.of("it-coord-fin-1", "it-coord-fin-2", "it-coord-jus-1")) {
      MimeMessage asked =
          TestMail.await(Seed.email(official), "Your position is asked", Duration.ofSeconds(30));
      assertThat(TestMail.text(asked))
          .as("each official of a consulted ministry is told, with the deadline and the link")
          .contains("is consulted on")
          .contains("coordination/round.xhtml?round=" + id);
    }

    HttpResponse<String> first =
        finance1.post(
            ROUNDS + "/" + id + "/positions",
            "{\"position\":\"APPROVE_WITH_REMARKS\",\"note\":\"Costs unclear\",\"remarks\":["
                + "{\"kind\":\"FUNDAMENTAL\",\"section\":\"s2\",\"text\":\"The framework has no"
                + " budget.\"},{\"text\":\"Typo in the title.\"}]}");
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(Api.json(first).asJsonObject().getInt("number")).isEqualTo(1);

    HttpResponse<String> correction =
        finance2.post(
            ROUNDS + "/" + id + "/positions",
            "{\"position\":\"APPROVE_WITH_REMARKS\",\"remarks\":[{\"kind\":\"FUNDAMENTAL\","
                + "\"section\":\"s2\",\"text\":\"The framework still has no budget.\"}]}");
    assertThat(correction.statusCode()).as(correction.body()).isEqualTo(201);
    JsonObject current = Api.json(correction).asJsonObject();
    assertThat(current.getInt("number")).isEqualTo(2);

    JsonObject history =
        Api.json(secretariat.get(ROUNDS + "/" + id + "/positions?body=" + finance)).asJsonObject();
    assertThat(history.getInt("total")).isEqualTo(2);
    List<JsonObject> entries = history.getJsonArray("items").getValuesAs(JsonObject.class);
    assertThat(entries).extracting(e -> e.getInt("number")).containsExactly(2, 1);
    assertThat(entries.get(1).getJsonArray("remarks")).hasSize(2);
    assertThat(entries.get(1).getString("submittedBy")).isEqualTo("it-coord-fin-1");
    assertThat(entries.get(0).getString("submittedBy")).isEqualTo("it-coord-fin-2");

    JsonObject table = Api.json(secretariat.get(ROUNDS + "/" + id)).asJsonObject();
    JsonObject financeRow = row(table, finance);
    assertThat(financeRow.getString("position")).isEqualTo("APPROVE_WITH_REMARKS");
    assertThat(financeRow.getInt("remarks")).isEqualTo(1);
    assertThat(financeRow.getInt("openFundamentals")).isEqualTo(1);
    assertThat(financeRow.getBoolean("overdue")).isFalse();
    assertThat(row(table, justice).getBoolean("overdue")).isTrue();

    // the fundamental objection blocks closing until the drafter settles it
    HttpResponse<String> blocked = secretariat.post(ROUNDS + "/" + id + "/closure", "");
    assertProblem(blocked, 422, "FUNDAMENTAL_OBJECTIONS_OPEN");
    String settle =
        ROUNDS
            + "/"
            + id
            + "/positions/"
            + current.getJsonNumber("id").longValue()
            + "/remarks/1/settlement";
    assertProblem(
        justice1.post(settle, "{\"note\":\"Not mine to settle\"}"), 403, "NOT_THE_DRAFTER");
    HttpResponse<String> settled =
        secretariat.post(settle, "{\"note\":\"Costs added in section 2 of version 2.\"}");
    assertThat(settled.statusCode()).as(settled.body()).isEqualTo(201);
    assertThat(Api.json(settled).asJsonObject().getInt("openFundamentals")).isZero();
    assertProblem(secretariat.post(settle, "{\"note\":\"again\"}"), 409, "ALREADY_SETTLED");

    // the overdue ministry is reminded once, however often the check runs
    String justiceMail = Seed.email("it-coord-jus-1");
    for (int run = 0; run < 2; run++) {
      HttpResponse<String> reminded = secretariat.post("api/coordination/reminders", "");
      assertThat(reminded.statusCode()).as(reminded.body()).isEqualTo(200);
    }
    MimeMessage reminder = TestMail.await(justiceMail, "Position overdue", Duration.ofSeconds(30));
    assertThat(reminder.getSubject()).contains("Avis en retard : Handbook on Governance");
    assertThat(TestMail.text(reminder))
        .contains("IT Ministry of Justice", "Handbook on Governance", "était attendu")
        .contains("coordination/round.xhtml?round=" + id)
        .doesNotContain("{");
    assertThat(TestMail.to(justiceMail, "Position overdue")).hasSize(1);
    assertThat(TestMail.to(Seed.email("it-coord-fin-1"), "Position overdue")).isEmpty();
    assertThat(row(Api.json(secretariat.get(ROUNDS + "/" + id)).asJsonObject(), justice))
        .satisfies(r -> assertThat(r.containsKey("reminderSentAt")).isTrue());

    HttpResponse<String> closed = secretariat.post(ROUNDS + "/" + id + "/closure", "");
    assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
    assertThat(Api.json(closed).asJsonObject().getString("status")).isEqualTo("CLOSED");
    assertProblem(
        justice1.post(ROUNDS + "/" + id + "/positions", "{\"position\":\"APPROVE\"}"),
        422,
        "ROUND_CLOSED");
  }

  @Test
  void refusesWhoIsNotAPartyAndInputThatBreaksTheRules() throws Exception {
    long transport;
    long handbook;
    try (Seed seed = Seed.open()) {
      ministry(seed, List.of("it-coord-tra-1"), "IT Ministry of Transport");
      seed.commit();
      transport = organisation(seed, "IT Ministry of Transport");
      handbook = handbook(seed);
    }
    Api secretariat = Api.asDemo(base, "secretariat");
    HttpResponse<String> started =
        secretariat.post(ROUNDS, startBody(handbook, List.of(transport)));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    long id = Api.json(started).asJsonObject().getJsonNumber("id").longValue();
    String positions = ROUNDS + "/" + id + "/positions";

    HttpResponse<String> delegate =
        Api.asDemo(base, "delegate").post(positions, "{\"position\":\"APPROVE\"}");
    assertThat(delegate.statusCode()).as(delegate.body()).isEqualTo(403);
    assertThat(delegate.body()).doesNotContain("Exception");
    assertThat(Api.asDemo(base, "delegate").get(ROUNDS + "/" + id).statusCode()).isEqualTo(403);
    assertThat(
            Api.asDemo(base, "delegate")
                .post(ROUNDS, startBody(handbook, List.of(transport)))
                .statusCode())
        .isEqualTo(403);
    assertThat(Api.anonymous(base).get(ROUNDS + "/" + id).statusCode()).isEqualTo(401);
    assertProblem(
        Api.asDemo(base, "ministry").post(positions, "{\"position\":\"APPROVE\"}"),
        403,
        "NOT_CONSULTED");
    assertProblem(Api.asDemo(base, "ministry").get(ROUNDS + "/" + id), 403, "NOT_ALLOWED");

    Api official = Api.asDemo(base, "it-coord-tra-1");
    HttpResponse<String> unknownSection =
        official.post(
            positions,
            "{\"position\":\"DO_NOT_APPROVE\",\"remarks\":[{\"section\":\"s99\",\"text\":\"x\"}]}");
    assertProblem(unknownSection, 422, "UNKNOWN_SECTION");
    assertThat(unknownSection.body()).contains("remarks[0].section");
    assertProblem(
        official.post(positions, "{\"position\":\"APPROVE_WITH_REMARKS\"}"),
        422,
        "REMARKS_REQUIRED");
    assertThat(official.post(positions, "{\"position\":\"MAYBE\"}").statusCode()).isEqualTo(400);
    assertProblem(
        secretariat.post(
            ROUNDS, startBody(handbook, List.of(transport)).replace("\"EE\"", "\"ZZ\"")),
        422,
        "UNKNOWN_JURISDICTION");
    assertThat(official.get(positions + "?body=" + transport).statusCode()).isEqualTo(200);
    assertThat(secretariat.get(ROUNDS + "/987654321").statusCode()).isEqualTo(404);
  }

  @Test
  void keepsEveryOneOfAHundredPositionsGivenAtOnceByTwoOfficials() throws Exception {
    long health;
    long handbook;
    try (Seed seed = Seed.open()) {
      ministry(seed, List.of("it-coord-hea-1", "it-coord-hea-2"), "IT Ministry of Health");
      seed.commit();
      health = organisation(seed, "IT Ministry of Health");
      handbook = handbook(seed);
    }
    HttpResponse<String> started =
        Api.asDemo(base, "secretariat").post(ROUNDS, startBody(handbook, List.of(health)));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    long id = Api.json(started).asJsonObject().getJsonNumber("id").longValue();
    List<Api> officials =
        List.of(Api.asDemo(base, "it-coord-hea-1"), Api.asDemo(base, "it-coord-hea-2"));

    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
    try {
      List<Future<HttpResponse<String>>> calls = new ArrayList<>();
      for (int i = 0; i < PARALLEL; i++) {
        Api api = officials.get(i % 2);
        String body =
            "{\"position\":\"APPROVE_WITH_REMARKS\",\"remarks\":[{\"text\":\"Remark " + i + "\"}]}";
        calls.add(
            pool.submit(
                () -> {
                  go.await();
                  return api.post(ROUNDS + "/" + id + "/positions", body);
                }));
      }
      go.countDown();
      for (Future<HttpResponse<String>> call : calls) {
        HttpResponse<String> response = call.get();
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
      }
    } finally {
      pool.shutdownNow();
    }
    try (Seed database = Seed.open()) {
      assertThat(
              database.numbers(
                  "select e.number from position_entry e join consulted_body b on b.id = e.body_id"
                      + " where b.round_id = ? order by e.number",
                  id))
          .as("every position kept, numbered once each")
          .containsExactlyElementsOf(
              IntStream.rangeClosed(1, PARALLEL).mapToObj(i -> (long) i).toList());
      assertThat(
              database.number(
                  "select count(*) from position_remark r join position_entry e on e.id ="
                      + " r.entry_id join consulted_body b on b.id = e.body_id where b.round_id = ?",
                  id))
          .isEqualTo(PARALLEL);
    }
    JsonObject row =
        row(
            Api.json(Api.asDemo(base, "secretariat").get(ROUNDS + "/" + id)).asJsonObject(),
            health);
    assertThat(row.getInt("entries")).isEqualTo(PARALLEL);
  }

  @Test
  void theDrafterAnswersEveryRemarkRevisesAnAnswerFromTheRevisionSeenAndOthersMayNot()
      throws Exception {
    long education;
    long handbook;
    try (Seed seed = Seed.open()) {
      ministry(seed, List.of("it-coord-edu-1"), "IT Ministry of Education");
      seed.commit();
      education = organisation(seed, "IT Ministry of Education");
      handbook = handbook(seed);
    }
    Api secretariat = Api.asDemo(base, "secretariat");
    Api official = Api.asDemo(base, "it-coord-edu-1");
    long id = start(secretariat, handbook, List.of(education));
    HttpResponse<String> given =
        official.post(
            ROUNDS + "/" + id + "/positions",
            "{\"position\":\"APPROVE_WITH_REMARKS\",\"remarks\":[{\"text\":\"Typo in the"
                + " title.\"},{\"kind\":\"FUNDAMENTAL\",\"section\":\"s2\",\"text\":\"No"
                + " budget.\"}]}");
    assertThat(given.statusCode()).as(given.body()).isEqualTo(201);
    long entry = Api.json(given).asJsonObject().getJsonNumber("id").longValue();
    JsonObject before = Api.json(secretariat.get(ROUNDS + "/" + id)).asJsonObject();
    assertThat(before.getInt("unansweredRemarks")).isEqualTo(2);
    assertThat(row(before, education).getInt("unansweredRemarks")).isEqualTo(2);
    String remarks = ROUNDS + "/" + id + "/positions/" + entry + "/remarks/";
    String accepted = "{\"outcome\":\"ACCEPTED\"}";

    assertProblem(official.put(remarks + "1/response", accepted), 403, "NOT_THE_DRAFTER");
    assertThat(Api.asDemo(base, "delegate").put(remarks + "1/response", accepted).statusCode())
        .isEqualTo(403);
    assertThat(Api.anonymous(base).put(remarks + "1/response", accepted).statusCode())
        .isEqualTo(401);
    HttpResponse<String> unknownOutcome =
        secretariat.put(remarks + "1/response", "{\"outcome\":\"MAYBE\"}");
    assertThat(unknownOutcome.statusCode()).as(unknownOutcome.body()).isEqualTo(400);
    assertThat(unknownOutcome.body()).contains("outcome").doesNotContain("Exception");
    assertThat(secretariat.put(remarks + "1/response", "{}").body()).contains("outcome");
    HttpResponse<String> unexplained =
        secretariat.put(remarks + "2/response", "{\"outcome\":\"NOT_ACCEPTED\"}");
    assertProblem(unexplained, 422, "EXPLANATION_MISSING");
    assertThat(unexplained.body()).contains("\"field\":\"explanation\"");
    HttpResponse<String> tooLong =
        secretariat.put(
            remarks + "2/response",
            "{\"outcome\":\"NOTED\",\"explanation\":\"" + "x".repeat(4001) + "\"}");
    assertThat(tooLong.statusCode()).as(tooLong.body()).isEqualTo(400);
    assertThat(tooLong.body()).contains("explanation");
    assertThat(secretariat.put(remarks + "9/response", accepted).statusCode()).isEqualTo(404);

    HttpResponse<String> first = secretariat.put(remarks + "1/response", accepted);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    JsonObject answeredFirst = Api.json(first).asJsonObject();
    assertThat(answeredFirst.getInt("unansweredRemarks")).isEqualTo(1);
    assertThat(answeredFirst.getJsonObject("response").getInt("revision")).isEqualTo(1);
    HttpResponse<String> fundamental =
        secretariat.put(
            remarks + "2/response",
            "{\"outcome\":\"PARTLY_ACCEPTED\",\"explanation\":\"<b>Costs</b> in annex 2.\"}");
    assertThat(fundamental.statusCode()).as(fundamental.body()).isEqualTo(200);
    // answering again without naming the answer one saw would replace it unseen
    assertProblem(
        secretariat.put(remarks + "1/response", "{\"outcome\":\"NOTED\",\"explanation\":\"x\"}"),
        409,
        "RESPONSE_CHANGED_MEANWHILE");
    HttpResponse<String> revised =
        secretariat.put(
            remarks + "1/response",
            "{\"outcome\":\"NOTED\",\"explanation\":\"The title is the group's.\",\"revision\":1}");
    assertThat(revised.statusCode()).as(revised.body()).isEqualTo(200);
    assertThat(Api.json(revised).asJsonObject().getJsonObject("response").getInt("revision"))
        .isEqualTo(2);

    JsonObject history =
        Api.json(official.get(ROUNDS + "/" + id + "/positions?body=" + education)).asJsonObject();
    List<JsonObject> answered =
        history.getJsonArray("items").getJsonObject(0).getJsonArray("remarks").stream()
            .map(r -> r.asJsonObject().getJsonObject("response"))
            .toList();
    assertThat(answered)
        .extracting(a -> a.getString("outcome"))
        .containsExactly("NOTED", "PARTLY_ACCEPTED");
    assertThat(answered.get(0).getString("explanation")).isEqualTo("The title is the group's.");
    assertThat(answered.get(1).getString("explanation")).isEqualTo("<b>Costs</b> in annex 2.");
    assertThat(answered.get(0).getString("answeredBy")).isEqualTo("secretariat");
    JsonObject table = Api.json(secretariat.get(ROUNDS + "/" + id)).asJsonObject();
    assertThat(table.getInt("unansweredRemarks")).isZero();
    assertThat(table.getInt("openFundamentals"))
        .as("an answer does not settle a fundamental objection")
        .isEqualTo(1);
    try (Seed database = Seed.open()) {
      assertThat(
              database.number(
                  "select count(*) from audit_entry where action = 'coordination.remark.answered'"
                      + " and object_id = ?",
                  String.valueOf(id)))
          .isEqualTo(3);
      assertThat(database.number("select count(*) from remark_response where entry_id = ?", entry))
          .as("the first answer is kept as revision 1")
          .isEqualTo(3);
    }
  }

  @Test
  void ofTenFirstAnswersToOneRemarkGivenAtOnceOneIsKeptAndTheOthersAreToldNotLost()
      throws Exception {
    long labour;
    long handbook;
    try (Seed seed = Seed.open()) {
      ministry(seed, List.of("it-coord-lab-1"), "IT Ministry of Labour");
      seed.commit();
      labour = organisation(seed, "IT Ministry of Labour");
      handbook = handbook(seed);
    }
    Api secretariat = Api.asDemo(base, "secretariat");
    long id = start(secretariat, handbook, List.of(labour));
    HttpResponse<String> given =
        Api.asDemo(base, "it-coord-lab-1")
            .post(
                ROUNDS + "/" + id + "/positions",
                "{\"position\":\"APPROVE_WITH_REMARKS\",\"remarks\":[{\"text\":\"Shorter.\"}]}");
    long entry = Api.json(given).asJsonObject().getJsonNumber("id").longValue();
    String path = ROUNDS + "/" + id + "/positions/" + entry + "/remarks/1/response";
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(10);
    List<Integer> statuses = new ArrayList<>();
    try {
      List<Future<HttpResponse<String>>> calls = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        String body = "{\"outcome\":\"NOTED\",\"explanation\":\"Answer " + i + "\"}";
        calls.add(
            pool.submit(
                () -> {
                  go.await();
                  return secretariat.put(path, body);
                }));
      }
      go.countDown();
      for (Future<HttpResponse<String>> call : calls) {
        statuses.add(call.get().statusCode());
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(statuses).containsOnly(200, 409);
    assertThat(statuses.stream().filter(s -> s == 200)).hasSize(1);
    try (Seed database = Seed.open()) {
      assertThat(database.number("select count(*) from remark_response where entry_id = ?", entry))
          .isEqualTo(1);
    }
  }

  @Test
  void publishesTheTableOnceTheRoundIsClosedAndEveryRemarkAnsweredAndThenEveryoneReadsIt()
      throws Exception {
    long environment;
    long defence;
    long handbook;
    try (Seed seed = Seed.open()) {
      ministry(seed, List.of("it-coord-env-1"), "IT Ministry of Environment");
      ministry(seed, List.of("it-coord-def-1"), "IT Ministry of Defence");
      seed.commit();
      environment = organisation(seed, "IT Ministry of Environment");
      defence = organisation(seed, "IT Ministry of Defence");
      handbook = handbook(seed);
    }
    Api secretariat = Api.asDemo(base, "secretariat");
    Api official = Api.asDemo(base, "it-coord-env-1");
    long id = start(secretariat, handbook, List.of(environment, defence));
    HttpResponse<String> given =
        official.post(
            ROUNDS + "/" + id + "/positions",
            "{\"position\":\"APPROVE_WITH_REMARKS\",\"remarks\":[{\"section\":\"s1\",\"text\":"
                + "\"Name the climate goals.\"},{\"kind\":\"FUNDAMENTAL\",\"text\":\"No impact"
                + " assessment.\"}]}");
    long entry = Api.json(given).asJsonObject().getJsonNumber("id").longValue();
    assertThat(
            Api.asDemo(base, "it-coord-def-1")
                .post(ROUNDS + "/" + id + "/positions", "{\"position\":\"APPROVE\"}")
                .statusCode())
        .isEqualTo(201);
    String table = ROUNDS + "/" + id + "/table";
    String publication = ROUNDS + "/" + id + "/publication";

    // unpublished: the round's parties only
    assertProblem(Api.anonymous(base).get(table), 403, "TABLE_NOT_PUBLISHED");
    assertProblem(Api.asDemo(base, "delegate").get(table), 403, "TABLE_NOT_PUBLISHED");
    assertProblem(Api.asDemo(base, "ministry").get(table), 403, "NOT_ALLOWED");
    JsonObject draft = Api.json(official.get(table)).asJsonObject();
    assertThat(draft.getInt("total")).isEqualTo(3);
    assertThat(draft.getJsonObject("round").getBoolean("tablePublished")).isFalse();

    assertProblem(secretariat.post(publication, ""), 422, "ROUND_NOT_CLOSED");
    assertProblem(official.post(publication, ""), 403, "NOT_THE_DRAFTER");
    String remarks = ROUNDS + "/" + id + "/positions/" + entry + "/remarks/";
    assertThat(
            secretariat
                .post(remarks + "2/settlement", "{\"note\":\"Assessment annexed.\"}")
                .statusCode())
        .isEqualTo(201);
    assertThat(secretariat.post(ROUNDS + "/" + id + "/closure", "").statusCode()).isEqualTo(200);
    HttpResponse<String> unanswered = secretariat.post(publication, "");
    assertProblem(unanswered, 422, "REMARKS_UNANSWERED");
    assertThat(Api.json(unanswered).asJsonObject().getString("detail")).contains("2 remark");

    assertThat(secretariat.put(remarks + "1/response", "{\"outcome\":\"ACCEPTED\"}").statusCode())
        .isEqualTo(200);
    assertThat(
            secretariat
                .put(
                    remarks + "2/response",
                    "{\"outcome\":\"PARTLY_ACCEPTED\",\"explanation\":\"Summary in annex 3.\"}")
                .statusCode())
        .isEqualTo(200);
    HttpResponse<String> published = secretariat.post(publication, "");
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    assertThat(Api.json(published).asJsonObject().getBoolean("tablePublished")).isTrue();
    assertThat(secretariat.post(publication, "").statusCode())
        .as("publishing again changes nothing")
        .isEqualTo(200);
    assertProblem(
        secretariat.put(
            remarks + "1/response", "{\"outcome\":\"NOTED\",\"explanation\":\"x\",\"revision\":1}"),
        422,
        "TABLE_PUBLISHED");

    HttpResponse<String> open = Api.anonymous(base).get(table + "?first=0&size=2");
    assertThat(open.statusCode()).as(open.body()).isEqualTo(200);
    JsonObject page = Api.json(open).asJsonObject();
    assertThat(page.getInt("total")).isEqualTo(3);
    List<JsonObject> rows = page.getJsonArray("items").getValuesAs(JsonObject.class);
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).getString("body")).isEqualTo("IT Ministry of Defence");
    assertThat(rows.get(0).getString("position")).isEqualTo("APPROVE");
    assertThat(rows.get(0).containsKey("remark")).isFalse();
    assertThat(rows.get(1).getString("body")).isEqualTo("IT Ministry of Environment");
    assertThat(rows.get(1).getString("text")).isEqualTo("Name the climate goals.");
    assertThat(rows.get(1).getString("section")).isEqualTo("s1");
    assertThat(rows.get(1).containsKey("sectionHeading")).isTrue();
    assertThat(rows.get(1).getString("outcome")).isEqualTo("ACCEPTED");
    JsonObject last =
        Api.json(Api.anonymous(base).get(table + "?first=2&size=2"))
            .asJsonObject()
            .getJsonArray("items")
            .getJsonObject(0);
    assertThat(last.getString("kind")).isEqualTo("FUNDAMENTAL");
    assertThat(last.getString("explanation")).isEqualTo("Summary in annex 3.");
    assertThat(Api.anonymous(base).get(table + "?size=0").statusCode()).isEqualTo(400);

    // the public tracker links the draft's latest round's published table
    JsonObject tracker = Api.json(Api.anonymous(base).get("api/tracker?size=500")).asJsonObject();
    assertThat(tracker.getJsonArray("items").getValuesAs(JsonObject.class))
        .filteredOn(d -> d.getJsonNumber("draftId").longValue() == handbook)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.getJsonObject("coordination").getJsonNumber("id").longValue())
                  .isEqualTo(id);
              assertThat(d.getJsonObject("coordination").getBoolean("tablePublished")).isTrue();
            });
    try (Seed database = Seed.open()) {
      assertThat(
              database.number(
                  "select count(*) from audit_entry where action = 'coordination.table.published'"
                      + " and object_id = ?",
                  String.valueOf(id)))
          .isEqualTo(1);
    }
  }

  @Test
  void exportsTheTableAsFormulaSafeCsvToWhoeverMaySeeIt() throws Exception {
    long finance;
    long handbook;
    try (Seed seed = Seed.open()) {
      ministry(seed, List.of("it-coord-csv-1"), "IT Ministry of Rural Affairs");
      seed.commit();
      finance = organisation(seed, "IT Ministry of Rural Affairs");
      handbook = handbook(seed);
    }
    Api secretariat = Api.asDemo(base, "secretariat");
    long id = start(secretariat, handbook, List.of(finance));
    HttpResponse<String> given =
        Api.asDemo(base, "it-coord-csv-1")
            .post(
                ROUNDS + "/" + id + "/positions",
                "{\"position\":\"APPROVE_WITH_REMARKS\",\"remarks\":[{\"text\":"
                    + "\"=HYPERLINK(\\\"http://evil.example\\\")\"}]}");
    assertThat(given.statusCode()).as(given.body()).isEqualTo(201);
    long entry = Api.json(given).asJsonObject().getJsonNumber("id").longValue();
    String csv = ROUNDS + "/" + id + "/table.csv";

    assertProblem(Api.anonymous(base).get(csv, "text/csv"), 403, "TABLE_NOT_PUBLISHED");
    HttpResponse<String> party = Api.asDemo(base, "it-coord-csv-1").get(csv, "text/csv");
    assertThat(party.statusCode()).as(party.body()).isEqualTo(200);
    assertThat(party.body()).contains("=HYPERLINK").doesNotContain("Exception");

    assertThat(
            secretariat
                .put(
                    ROUNDS + "/" + id + "/positions/" + entry + "/remarks/1/response",
                    "{\"outcome\":\"NOT_ACCEPTED\",\"explanation\":\"+1, but no links, see"
                        + " \\\"annex\\\"\"}")
                .statusCode())
        .isEqualTo(200);
    assertThat(secretariat.post(ROUNDS + "/" + id + "/closure", "").statusCode()).isEqualTo(200);
    assertThat(secretariat.post(ROUNDS + "/" + id + "/publication", "").statusCode())
        .isEqualTo(200);

    for (HttpResponse<String> export :
        List.of(
            Api.anonymous(base).get(csv, "text/csv"),
            Api.anonymous(base).get(ROUNDS + "/" + id + "/table", "text/csv"))) {
      assertThat(export.statusCode()).as(export.body()).isEqualTo(200);
      assertThat(export.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
      assertThat(export.headers().firstValue("Content-Disposition"))
          .hasValueSatisfying(d -> assertThat(d).contains("coordination-" + id + "-remarks.csv"));
      List<String> lines = export.body().lines().toList();
      assertThat(lines.get(0))
          .isEqualTo(
              "body,position,remark,kind,section,section_heading,remark_text,outcome,explanation,"
                  + "answered_at");
      assertThat(lines).hasSize(2);
      assertThat(lines.get(1))
          .startsWith("IT Ministry of Rural Affairs,APPROVE_WITH_REMARKS,1,ORDINARY,,,")
          .contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\"")
          .contains(",NOT_ACCEPTED,\"'+1, but no links, see \"\"annex\"\"\",");
    }
  }

  @Test
  void theDemoRoundHasLuxembourgsRemarkAnsweredAndEstoniaOverdue() throws Exception {
    long demo;
    try (Seed seed = Seed.open()) {
      demo = seed.number("select min(id) from coordination_round");
    }
    JsonObject round =
        Api.json(Api.asDemo(base, "secretariat").get(ROUNDS + "/" + demo)).asJsonObject();
    assertThat(round.getInt("unansweredRemarks")).isZero();
    assertThat(rows(round))
        .anySatisfy(
            body -> {
              assertThat(body.getString("name")).contains("Luxembourg");
              assertThat(body.getInt("remarks")).isEqualTo(1);
              assertThat(body.getInt("unansweredRemarks")).isZero();
            })
        .anySatisfy(
            body -> {
              assertThat(body.getString("name")).contains("Estonia");
              assertThat(body.getBoolean("overdue")).isTrue();
            });
  }

  @Test
  void listsTheRoundsTheCallerTakesPartInNewestFirstPagedWithTheTotal() throws Exception {
    long tourism;
    long handbook;
    try (Seed seed = Seed.open()) {
      ministry(seed, List.of("it-coord-tou-1"), "IT Ministry of Tourism");
      seed.commit();
      tourism = organisation(seed, "IT Ministry of Tourism");
      handbook = handbook(seed);
    }
    Api secretariat = Api.asDemo(base, "secretariat");
    long older = start(secretariat, handbook, List.of(tourism));
    HttpResponse<String> started =
        secretariat.post(ROUNDS, startBody(handbook, List.of(tourism), 40));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    long newer = Api.json(started).asJsonObject().getJsonNumber("id").longValue();
    Api official = Api.asDemo(base, "it-coord-tou-1");

    JsonObject first = Api.json(official.get(ROUNDS + "?first=0&size=1")).asJsonObject();
    assertThat(first.getInt("total")).isEqualTo(2);
    assertThat(first.getJsonArray("items")).hasSize(1);
    JsonObject round = first.getJsonArray("items").getJsonObject(0);
    assertThat(round.getJsonNumber("id").longValue()).isEqualTo(newer);
    assertThat(round.getString("drafter")).isEqualTo("OECD Secretariat");
    assertThat(round.getString("status")).isEqualTo("OPEN");
    assertThat(round.getBoolean("tablePublished")).isFalse();
    JsonObject second = Api.json(official.get(ROUNDS + "?first=1&size=1")).asJsonObject();
    assertThat(second.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue())
        .isEqualTo(older);

    JsonObject all = Api.json(secretariat.get(ROUNDS + "?size=200")).asJsonObject();
    assertThat(all.getInt("total")).isGreaterThanOrEqualTo(2);
    JsonObject others =
        Api.json(Api.asDemo(base, "ministry").get(ROUNDS + "?size=200")).asJsonObject();
    assertThat(others.getJsonArray("items").getValuesAs(JsonObject.class))
        .extracting(r -> r.getJsonNumber("id").longValue())
        .doesNotContain(older, newer);
    assertThat(Api.asDemo(base, "delegate").get(ROUNDS).statusCode()).isEqualTo(403);
    assertThat(Api.anonymous(base).get(ROUNDS).statusCode()).isEqualTo(401);
    HttpResponse<String> tooMany = official.get(ROUNDS + "?size=201");
    assertThat(tooMany.statusCode()).isEqualTo(400);
    assertThat(tooMany.body()).contains("size");

    // filtered and sorted on the database
    assertThat(secretariat.post(ROUNDS + "/" + older + "/closure", "").statusCode()).isEqualTo(200);
    assertThat(ids(official, "?status=closed")).containsExactly(older);
    assertThat(ids(official, "?status=OPEN")).containsExactly(newer);
    assertThat(ids(official, "?status=PLANNED")).isEmpty();
    assertThat(ids(official, "?q=HANDBOOK%20on&sort=opensAt")).containsExactly(older, newer);
    assertThat(ids(official, "?q=oecd%20secretariat&sort=-deadline")).containsExactly(newer, older);
    assertThat(ids(official, "?q=tourism")).as("the consulted bodies are no drafters").isEmpty();
    assertThat(ids(official, "?q=handbook_on")).as("_ is no wildcard").isEmpty();
    assertThat(Api.json(official.get(ROUNDS + "?status=CLOSED")).asJsonObject().getInt("total"))
        .isEqualTo(1);
    for (String bad : List.of("?status=LATE", "?sort=colour")) {
      HttpResponse<String> refused = official.get(ROUNDS + bad);
      assertThat(refused.statusCode()).as(bad).isEqualTo(400);
      assertThat(refused.body()).contains("\"" + bad.substring(1, bad.indexOf('=')) + "\"");
    }
  }

  private static List<Long> ids(Api caller, String query) {
    HttpResponse<String> page = caller.get(ROUNDS + query);
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    return Api.json(page)
        .asJsonObject()
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .stream()
        .map(r -> r.getJsonNumber("id").longValue())
        .toList();
  }

  private long start(Api drafter, long handbook, List<Long> bodies) {
    HttpResponse<String> started = drafter.post(ROUNDS, startBody(handbook, bodies));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    return Api.json(started).asJsonObject().getJsonNumber("id").longValue();
  }

  /** A round opened long enough ago that its 15 working days are over. */
  private static String startBody(long draft, List<Long> bodies) {
    return startBody(draft, bodies, 60);
  }

  /** A round opened {@code daysAgo} days ago at 9:00 in Tallinn, for 15 working days. */
  private static String startBody(long draft, List<Long> bodies, int daysAgo) {
    return "{\"draftId\":"
        + draft
        + ",\"draftVersion\":1,\"bodies\":"
        + bodies
        + ",\"opensAt\":\""
        + LocalDate.now().minusDays(daysAgo)
        + "T09:00:00\",\"timeZone\":\"Europe/Tallinn\",\"jurisdiction\":\"EE\",\"workingDays\":15}";
  }

  private static void ministry(Seed seed, List<String> usernames, String organisation)
      throws Exception {
    seed.accounts(
        usernames.stream().map(u -> new Seed.Person(u, "Official " + u)).toList(),
        organisation,
        "MINISTRY");
    for (String username : usernames) {
      seed.execute(
          "update account_role set role = 'MINISTRY' where account_id ="
              + " (select id from account where username = ?)",
          username);
    }
  }

  private static long organisation(Seed seed, String name) throws Exception {
    return seed.number("select id from organisation where name = ?", name);
  }

  private static long handbook(Seed seed) throws Exception {
    return seed.number(
        "select min(d.id) from draft d join working_group g on g.id = d.group_id"
            + " where g.slug = 'task-force-governance' and d.title like 'Handbook on Governance%'");
  }

  private static List<JsonObject> rows(JsonObject table) {
    return table.getJsonArray("bodies").getValuesAs(JsonObject.class);
  }

  private static JsonObject row(JsonObject table, long organisation) {
    return rows(table).stream()
        .filter(r -> r.getJsonNumber("organisationId").longValue() == organisation)
        .findFirst()
        .orElseThrow();
  }

  private static void assertProblem(HttpResponse<String> response, int status, String code) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(Api.json(response).asJsonObject().getString("code")).isEqualTo(code);
  }
}
