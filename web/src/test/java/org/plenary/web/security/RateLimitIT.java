package org.plenary.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plenary.web.it.Api;
import org.plenary.web.it.Seed;
import org.plenary.web.it.TestServer;

/**
 * The rate limits as a flood meets them, on the real server with its default limits (60 anonymous
 * comments per 10 minutes, 10 account requests per hour per client). The server trusts loopback as
 * its proxy (as behind nginx), so each test stands for its own client with its own {@code
 * X-Forwarded-For}; the requests are invalid on purpose, so the flood stores nothing in the shared
 * database: the limit counts attempts, and refuses before the body is read.
 */
class RateLimitIT {
  private static final URL url = TestServer.url();
  private static long consultation;

  @BeforeAll
  static void consultation() throws Exception {
    try (Seed seed = Seed.open()) {
      consultation = seed.number("select min(id) from consultation");
    }
  }

  @Test
  void aClientFloodingAnonymousCommentsIsToldToWaitAndOthersAreNot() {
    Api anonymous = Api.anonymous(url);
    String flooder = client();
    for (int i = 0; i < 60; i++) {
      assertThat(comment(anonymous, flooder).statusCode()).as("comment %d", i + 1).isIn(400, 422);
    }

    HttpResponse<String> refused = comment(anonymous, flooder);

    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
    assertThat(retryAfter).isBetween(1L, 10L); // one permit back every 10 s (60 per 10 minutes)
    JsonObject problem = Api.json(refused).asJsonObject();
    assertThat(problem.getInt("status")).isEqualTo(429);
    assertThat(problem.getString("detail")).contains("Try again in " + retryAfter + " seconds");

    assertThat(comment(anonymous, client()).statusCode()).as("another client").isIn(400, 422);
    assertThat(comment(Api.asDemo(url, "delegate"), flooder).statusCode())
        .as("the same connection, signed in")
        .isIn(400, 422);
  }

  @Test
  void aClientAskingForAccountsOverAndOverIsToldToWait() {
    Api anonymous = Api.anonymous(url);
    String flooder = client();
    for (int i = 0; i < 10; i++) {
      assertThat(accountRequest(anonymous, flooder).statusCode())
          .as("request %d", i + 1)
          .isEqualTo(400);
    }

    HttpResponse<String> refused = accountRequest(anonymous, flooder);

    assertThat(refused.statusCode()).isEqualTo(429);
    long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
    assertThat(retryAfter).isBetween(300L, 360L); // one back every 6 minutes (10 per hour)
    assertThat(accountRequest(anonymous, client()).statusCode()).isEqualTo(400);
  }

  @Test
  void forgedForwardingEntriesLeftOfTheProxysOwnDoNotEscapeTheLimit() {
    Api anonymous = Api.anonymous(url);
    String flooder = client();
    for (int i = 0; i < 10; i++) {
      // Each request claims another origin; the trusted proxy appended the real one last.
      accountRequest(anonymous, "10.9.8." + i + ", " + flooder);
    }

    assertThat(accountRequest(anonymous, "10.9.9.9, " + flooder).statusCode()).isEqualTo(429);
  }

  private static HttpResponse<String> comment(Api api, String client) {
    return api.post(
        "api/consultations/" + consultation + "/comments",
        "{\"text\":\"\"}",
        Map.of("X-Forwarded-For", client));
  }

  private static HttpResponse<String> accountRequest(Api api, String client) {
    return api.post(
        "api/account-requests", "{\"fullName\":\"\"}", Map.of("X-Forwarded-For", client));
  }

  /** A documentation address (RFC 5737) of its own for each client of a run. */
  private static String client() {
    int n = Math.floorMod(UUID.randomUUID().hashCode(), 250 * 250);
    return "198.51." + (n / 250) + "." + (n % 250 + 1);
  }
}
