package org.plenary.web.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.plenary.web.it.Api;
import org.plenary.web.it.PlenaryProcess;
import org.plenary.web.it.Seed;
import org.plenary.web.it.TestServer;
import org.plenary.web.rest.consultations.ConsultationFixtures;

/**
 * Crash safety and export parity (issue 9, points 1 and 9): clients submit comments with
 * idempotency keys to a platform of its own on PostgreSQL, the platform is killed with SIGKILL
 * while they do, restarted, and the clients retry everything they did not hear back about. Every
 * comment acknowledged with 201 must be stored exactly once, retries (also concurrent ones) must
 * never add a second copy, and the acknowledged comments, the database's rows and the CSV export
 * must be the same set. Half the clients are signed in (a transaction per comment), half are not
 * (their comments are written in groups, several to a transaction: the group commit); the comments
 * of the latter await their authors' confirmation, so they are not in the export.
 */
class CrashSafetyOnPostgresIT {
  private static final int CLIENTS = 16;
  private static final int BEFORE_THE_KILL = 300;

  /** The keys of the comments of people not signed in start with this. */
  private static final String ANONYMOUS = "anonymous-";

  @Test
  void everyAcknowledgedCommentIsStoredOnceAndExportedAfterAKill() throws Exception {
    String name = "crash-" + UUID.randomUUID().toString().substring(0, 8);
    long consultation =
        ConsultationFixtures.draft(TestServer.url(), name).openNow("Crash safety " + name);
    PlenaryProcess plenary =
        PlenaryProcess.start("crash", Map.of("PLENARY_RATE_LIMIT_EXEMPT", "127.0.0.1"));
    try {
      Map<String, Long> acknowledged = new ConcurrentHashMap<>();
      Set<String> unanswered = ConcurrentHashMap.newKeySet();
      submitUntilKilled(plenary, consultation, acknowledged, unanswered);
      assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(BEFORE_THE_KILL);

      plenary.restart();
      Api delegate = Api.asDemo(plenary.url(), "delegate");
      Api anonymous = Api.anonymous(plenary.url());
      assertThat(acknowledged.keySet()).anyMatch(CrashSafetyOnPostgresIT::anonymous);
      for (Map.Entry<String, Long> stored : acknowledged.entrySet()) {
        HttpResponse<String> retry =
            submit(
                anonymous(stored.getKey()) ? anonymous : delegate, consultation, stored.getKey());
        assertThat(retry.statusCode()).as("retry of an acknowledged comment").isEqualTo(200);
        assertThat(id(retry)).isEqualTo(stored.getValue());
      }
      Map<String, Long> all = new HashMap<>(acknowledged);
      for (String key : unanswered) {
        HttpResponse<String> retry =
            submit(anonymous(key) ? anonymous : delegate, consultation, key);
        assertThat(retry.statusCode()).as(retry.body()).isIn(200, 201);
        all.put(key, id(retry));
      }
      concurrentRetriesAnswerWithTheSameComment(delegate, "", consultation, all);
      concurrentRetriesAnswerWithTheSameComment(anonymous, ANONYMOUS, consultation, all);

      Set<Long> rows = rows(consultation);
      assertThat(rows).as("rows in the database").containsExactlyInAnyOrderElementsOf(all.values());
      assertThat(new HashSet<>(all.values())).as("one comment per key").hasSize(all.size());
      assertThat(exported(delegate, consultation))
          .as("records in the CSV export: the signed-in comments")
          .containsExactlyInAnyOrderElementsOf(
              all.entrySet().stream()
                  .filter(comment -> !anonymous(comment.getKey()))
                  .map(Map.Entry::getValue)
                  .toList());
    } finally {
      plenary.stop();
    }
  }

  /** Clients submit until the platform dies under them; it is killed after enough went through. */
  private static void submitUntilKilled(
      PlenaryProcess plenary,
      long consultation,
      Map<String, Long> acknowledged,
      Set<String> unanswered)
      throws Exception {
    CountDownLatch enough = new CountDownLatch(BEFORE_THE_KILL);
    AtomicBoolean killed = new AtomicBoolean();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    List<Future<?>> running = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      boolean signedIn = c % 2 == 0;
      running.add(
          clients.submit(
              () -> {
                Api api =
                    signedIn ? Api.asDemo(plenary.url(), "delegate") : Api.anonymous(plenary.url());
                while (true) {
                  String key = (signedIn ? "" : ANONYMOUS) + UUID.randomUUID();
                  try {
                    HttpResponse<String> answer = submit(api, consultation, key);
                    if (answer.statusCode() == 201) {
                      acknowledged.put(key, id(answer));
                      enough.countDown();
                    } else if (killed.get()) {
                      unanswered.add(key); // e.g. a 5xx while the server went down
                      return;
                    } else {
                      throw new AssertionError(answer.statusCode() + " " + answer.body());
                    }
                  } catch (UncheckedIOException connectionLost) {
                    unanswered.add(key); // sent, maybe stored, never acknowledged
                    return;
                  }
                }
              }));
    }
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    while (enough.getCount() > 0
        && running.stream().anyMatch(client -> !client.isDone())
        && Instant.now().isBefore(deadline)) {
      enough.await(1, TimeUnit.SECONDS);
    }
    for (Future<?> client : running) {
      if (client.isDone()) {
        client.get(); // a client that gave up early says why
      }
    }
    assertThat(enough.getCount()).as("comments still to go before the kill").isZero();
    killed.set(true);
    plenary.kill();
    clients.shutdown();
    assertThat(clients.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
    for (Future<?> client : running) {
      client.get(); // a client's assertion error fails the test here
    }
  }

  /**
   * Ten clients retrying the same keys at once get one comment back, whichever of them stored it.
   */
  private static void concurrentRetriesAnswerWithTheSameComment(
      Api api, String prefix, long consultation, Map<String, Long> all) throws Exception {
    ExecutorService retries = Executors.newFixedThreadPool(10);
    try {
      for (int round = 0; round < 20; round++) {
        String key = prefix + "fresh-" + UUID.randomUUID();
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
          answers.add(retries.submit(() -> submit(api, consultation, key)));
        }
        Set<Long> ids = new HashSet<>();
        int created = 0;
        for (Future<HttpResponse<String>> answer : answers) {
          HttpResponse<String> response = answer.get(2, TimeUnit.MINUTES);
          assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
          created += response.statusCode() == 201 ? 1 : 0;
          ids.add(id(response));
        }
        assertThat(ids).as("one comment for key " + key).hasSize(1);
        assertThat(created).as("201 once for key " + key).isLessThanOrEqualTo(1);
        all.put(key, ids.iterator().next());
      }
    } finally {
      retries.shutdownNow();
    }
  }

  /** The comment under this key: signed in, or (a key starting {@link #ANONYMOUS}) not. */
  private static HttpResponse<String> submit(Api api, long consultation, String key) {
    String author =
        anonymous(key) ? "\"name\":\"Crash Test\",\"email\":\"crash@example.org\"," : "";
    return api.post(
        "api/consultations/" + consultation + "/comments",
        "{"
            + author
            + "\"text\":\"Comment "
            + key
            + " on the principles.\",\"category\":\"PUBLIC_AUTHORITY\","
            + "\"country\":\"BE\"}",
        Map.of("Idempotency-Key", key));
  }

  private static boolean anonymous(String key) {
    return key.startsWith(ANONYMOUS);
  }

  private static long id(HttpResponse<String> response) {
    return Api.json(response).asJsonObject().getJsonNumber("id").longValue();
  }

  private static Set<Long> rows(long consultation) throws Exception {
    try (Seed seed = Seed.open()) {
      return new HashSet<>(
          seed.numbers(
              "select id from consultation_comment where consultation_id = ?", consultation));
    }
  }

  private static Set<Long> exported(Api api, long consultation) {
    HttpResponse<String> csv =
        api.get("api/consultations/" + consultation + "/comments", "text/csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    Set<Long> ids = new HashSet<>();
    String[] lines = csv.body().split("\r\n");
    for (int i = 1; i < lines.length; i++) {
      ids.add(Long.parseLong(lines[i].substring(0, lines[i].indexOf(','))));
    }
    assertThat(ids).as("one record per comment").hasSize(lines.length - 1);
    return ids;
  }
}
