package org.plenary.web.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.plenary.web.it.Api;
import org.plenary.web.it.Seed;
import org.plenary.web.it.TestServer;
import org.plenary.web.rest.consultations.ConsultationFixtures;

/**
 * A hundred people doing the same thing at the same moment on PostgreSQL, where lost updates would
 * show: group members saving the next version of one draft from the same version, and drafters
 * answering one comment. Exactly one draft version wins and the others are told to read it first;
 * every answer acknowledged is in the audit log and the stored answer is one of them, every other
 * answer is refused with a conflict, never a server error. (Seats: {@code RegistrationRushIT};
 * coordination positions: {@code CoordinationApiIT}; both run on PostgreSQL too.)
 */
class ParallelActorsOnPostgresIT {
  private static final int ACTORS = 100;

  final URL base = TestServer.url();

  @Test
  void oneOfAHundredMembersSavingFromTheSameVersionWinsAndTheOthersAreToldToReadItFirst()
      throws Exception {
    String slug = "it-par-drafting";
    List<String> members = usernames("it-par-writer-");
    try (Seed seed = Seed.open()) {
      seed.accounts(people(members), "IT Parallel Drafting Office", "OECD_MEMBER_DELEGATION");
      seed.commit();
    }
    Api secretariat = Api.asDemo(base, "secretariat");
    HttpResponse<String> group =
        secretariat.post(
            "api/groups",
            "{\"slug\":\"" + slug + "\",\"name\":\"Parallel drafting\",\"kind\":\"TASK_FORCE\"}");
    assertThat(group.statusCode()).as(group.body()).isEqualTo(201);
    for (String member : members) {
      HttpResponse<String> joined =
          secretariat.put("api/groups/" + slug + "/members/" + member, "{\"role\":\"MEMBER\"}");
      assertThat(joined.statusCode()).as(joined.body()).isEqualTo(200);
    }
    HttpResponse<String> started =
        Api.asDemo(base, members.get(0))
            .post(
                "api/groups/" + slug + "/drafts",
                "{\"title\":\"Parallel principles\",\"sections\":"
                    + "[{\"heading\":\"Purpose\",\"body\":\"<p>Version one.</p>\"}]}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    long draft = Api.json(started).asJsonObject().getJsonNumber("id").longValue();
    String path = "api/drafts/" + draft + "/versions";

    List<HttpResponse<String>> answers =
        atOnce(
            i ->
                () ->
                    Api.asDemo(base, members.get(i))
                        .post(
                            path,
                            "{\"baseVersion\":1,\"note\":\"by "
                                + members.get(i)
                                + "\",\"sections\":[{\"key\":\"s1\",\"heading\":\"Purpose\","
                                + "\"body\":\"<p>Written by "
                                + members.get(i)
                                + ".</p>\"}]}"));

    List<HttpResponse<String>> saved = withStatus(answers, 201);
    assertThat(saved).as("exactly one of the hundred versions is saved").hasSize(1);
    assertThat(answers)
        .as("every other member is told that version 2 exists")
        .filteredOn(r -> r.statusCode() != 201)
        .hasSize(ACTORS - 1)
        .allSatisfy(
            r -> {
              assertThat(r.statusCode()).as(r.body()).isEqualTo(409);
              JsonObject problem = Api.json(r).asJsonObject();
              assertThat(problem.getString("code")).isEqualTo("DRAFT_CHANGED_MEANWHILE");
              assertThat(problem.getInt("latestVersion")).isEqualTo(2);
            });
    String winner = Api.json(saved.get(0)).asJsonObject().getString("author");
    try (Seed database = Seed.open()) {
      assertThat(database.number("select count(*) from draft_version where draft_id = ?", draft))
          .isEqualTo(2);
      assertThat(database.number("select latest_version from draft where id = ?", draft))
          .isEqualTo(2);
    }
    JsonObject latest =
        Api.json(Api.asDemo(base, members.get(1)).get("api/drafts/" + draft))
            .asJsonObject()
            .getJsonObject("version");
    assertThat(latest.getInt("number")).isEqualTo(2);
    assertThat(latest.getString("author")).isEqualTo(winner);
    assertThat(latest.getJsonArray("sections").getJsonObject(0).getString("body"))
        .contains("Written by " + winner + ".");
  }

  @Test
  void everyAnswerAHundredDraftersGiveToOneCommentAtOnceIsStoredOrRefusedNeverLost()
      throws Exception {
    List<String> drafters = usernames("it-par-drafter-");
    try (Seed seed = Seed.open()) {
      seed.accounts(people(drafters), "OECD Secretariat", "SECRETARIAT");
      for (String drafter : drafters) {
        seed.execute(
            "update account_role set role = 'SECRETARIAT' where account_id ="
                + " (select id from account where username = ?)",
            drafter);
      }
      seed.commit();
    }
    long consultation =
        ConsultationFixtures.draft(base, "it-par-answers").openNow("Parallel answers");
    HttpResponse<String> commented =
        Api.asDemo(base, "delegate")
            .post(
                "api/consultations/" + consultation + "/comments",
                "{\"text\":\"Say who keeps the register.\",\"section\":2,"
                    + "\"category\":\"public_authority\",\"country\":\"EE\"}");
    assertThat(commented.statusCode()).as(commented.body()).isEqualTo(201);
    long comment = Api.json(commented).asJsonObject().getJsonNumber("id").longValue();
    String path = "api/consultations/" + consultation + "/comments/" + comment + "/response";
    long mark = TestServer.logLength();

    List<HttpResponse<String>> answers =
        atOnce(
            i ->
                () ->
                    Api.asDemo(base, drafters.get(i))
                        .put(
                            path,
                            "{\"outcome\":\"accepted\",\"justification\":\"Answer "
                                + i
                                + " of "
                                + drafters.get(i)
                                + "\"}"));

    assertThat(answers)
        .allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isIn(200, 409))
        .filteredOn(r -> r.statusCode() == 409)
        .allSatisfy(
            r ->
                assertThat(Api.json(r).asJsonObject().getString("code"))
                    .isEqualTo("CHANGED_MEANWHILE"));
    assertThat(TestServer.loggedSince(mark))
        .as("an answer refused as changed meanwhile is no failure of the server's")
        .doesNotContain("A system exception occurred");
    List<HttpResponse<String>> stored = withStatus(answers, 200);
    assertThat(stored).as("at least the first answer is stored").isNotEmpty();
    List<String> acknowledged =
        stored.stream()
            .map(r -> Api.json(r).asJsonObject().getJsonObject("response"))
            .map(response -> response.getString("justification"))
            .toList();
    try (Seed database = Seed.open()) {
      assertThat(
              database.number(
                  "select count(*) from audit_entry where action = 'consultation.comment.answered'"
                      + " and object_id = ?",
                  String.valueOf(comment)))
          .as("each acknowledged answer is in the audit log, and no refused one")
          .isEqualTo(stored.size());
    }
    JsonObject kept =
        Api.json(Api.anonymous(base).get("api/consultations/" + consultation + "/comments"))
            .asJsonObject()
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonObject("response");
    assertThat(acknowledged).contains(kept.getString("justification"));
  }

  private static List<String> usernames(String prefix) {
    return IntStream.range(0, ACTORS).mapToObj(i -> prefix + i).toList();
  }

  private static List<Seed.Person> people(List<String> usernames) {
    return usernames.stream().map(u -> new Seed.Person(u, "Person " + u)).toList();
  }

  private static List<HttpResponse<String>> withStatus(
      List<HttpResponse<String>> answers, int status) {
    return answers.stream().filter(r -> r.statusCode() == status).toList();
  }

  /** Starts every actor's request at the same moment; their answers in actor order. */
  private static List<HttpResponse<String>> atOnce(
      IntFunction<Callable<HttpResponse<String>>> actor) throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(ACTORS);
    try {
      List<Future<HttpResponse<String>>> calls = new ArrayList<>();
      for (int i = 0; i < ACTORS; i++) {
        Callable<HttpResponse<String>> call = actor.apply(i);
        calls.add(
            pool.submit(
                () -> {
                  go.await();
                  return call.call();
                }));
      }
      go.countDown();
      List<HttpResponse<String>> answers = new ArrayList<>();
      for (Future<HttpResponse<String>> call : calls) {
        answers.add(call.get());
      }
      return answers;
    } finally {
      pool.shutdownNow();
    }
  }
}
