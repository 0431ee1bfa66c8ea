package org.plenary.web.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Point 1 of issue 8 in Gatling's Java DSL: {@code bench.users} clients (64) started at once, each
 * submitting one comment after the other on its own keep-alive connection, not signed in (name and
 * e-mail address, the confirmation mail sent after the commit), each with its own Idempotency-Key,
 * for {@code bench.seconds}. Started in-process by {@link PlatformBench}, which passes the server's
 * address and the consultation as system properties.
 */
public class IngestSimulation extends Simulation {
  private static final AtomicLong SEQUENCE = new AtomicLong();
  private static final String[] TOPICS = {
    "clock changes", "summer time", "winter time", "energy savings", "road safety"
  };

  {
    String base = System.getProperty("bench.base");
    long consultation = Long.getLong("bench.consultation");
    int users = Integer.getInteger("bench.users", 64);
    Duration seconds = Duration.ofSeconds(Long.getLong("bench.seconds", 60));
    String prefix = System.getProperty("bench.keyPrefix", "bench-");
    HttpProtocolBuilder protocol =
        http.baseUrl(base).acceptHeader("application/json").contentTypeHeader("application/json");
    ScenarioBuilder submit =
        scenario("comment")
            .during(seconds)
            .on(
                exec(session -> session.set("n", SEQUENCE.incrementAndGet()))
                    .exec(
                        http("POST comment")
                            .post("api/consultations/" + consultation + "/comments")
                            .header("Idempotency-Key", session -> prefix + session.getLong("n"))
                            .body(StringBody(session -> body(session.getLong("n"))))
                            .check(status().in(200, 201))));
    setUp(submit.injectOpen(atOnceUsers(users))).protocols(protocol);
  }

  /**
   * The n-th comment of someone not signed in, as most of the public comments: a name and an
   * address to confirm (the confirmation mail leaves once the comment is committed); one of five
   * topics, on section 1, 2 or 3.
   */
  static String body(long n) {
    return "{\"text\":\"Comment "
        + n
        + " on "
        + TOPICS[(int) (n % TOPICS.length)]
        + ": please keep one time all year.\",\"section\":"
        + (1 + n % 3)
        + ",\"name\":\"Respondent "
        + n
        + "\",\"email\":\"respondent-"
        + n
        + "@example.org\",\"category\":\"citizen\",\"country\":\"EE\"}";
  }
}
