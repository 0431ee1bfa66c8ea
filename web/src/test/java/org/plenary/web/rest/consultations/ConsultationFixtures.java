package org.plenary.web.rest.consultations;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.plenary.web.it.Api;

/**
 * A draft of a new working group (the demo {@code member} coordinates it) with three sections, and
 * public consultations on its version 1, opened through the REST API by that coordinator.
 */
public final class ConsultationFixtures {
  public static final String ZONE = "Europe/Tallinn";

  private final URL base;
  private final long draftId;

  private ConsultationFixtures(URL base, long draftId) {
    this.base = base;
    this.draftId = draftId;
  }

  /** A group {@code slug} with its draft of three sections: Purpose, Principles, Final words. */
  public static ConsultationFixtures draft(URL base, String slug) {
    Api secretariat = Api.asDemo(base, "secretariat");
    HttpResponse<String> group =
        secretariat.post(
            "api/groups",
            "{\"slug\":\"" + slug + "\",\"name\":\"Group " + slug + "\",\"kind\":\"TASK_FORCE\"}");
    assertThat(group.statusCode()).as(group.body()).isEqualTo(201);
    assertThat(
            secretariat
                .put("api/groups/" + slug + "/members/member", "{\"role\":\"COORDINATOR\"}")
                .statusCode())
        .isEqualTo(200);
    HttpResponse<String> started =
        Api.asDemo(base, "member")
            .post(
                "api/groups/" + slug + "/drafts",
                """
                {"title":"Principles of %s","sections":[
                  {"heading":"Purpose","body":"<p>Why these principles exist.</p>"},
                  {"heading":"Principles","body":"<p>Openness, once-only, inclusion.</p>"},
                  {"heading":"Final words","body":"<p>Review in three years.</p>"}]}
                """
                    .formatted(slug));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    return new ConsultationFixtures(
        base, Api.json(started).asJsonObject().getJsonNumber("id").longValue());
  }

  /**
   * Waits (up to {@code wait}) until the consultation's status, as the public API shows it, is
   * {@code status} (a timer moves it), and fails with the last status seen otherwise.
   */
  public static void awaitStatus(URL base, long id, String status, Duration wait)
      throws InterruptedException {
    long deadline = System.nanoTime() + wait.toNanos();
    while (true) {
      String now =
          Api.json(Api.anonymous(base).get("api/consultations/" + id))
              .asJsonObject()
              .getString("status");
      if (now.equals(status) || System.nanoTime() > deadline) {
        assertThat(now).isEqualTo(status);
        return;
      }
      Thread.sleep(500);
    }
  }

  public long draftId() {
    return draftId;
  }

  /**
   * The coordinator saves version 2 from version 1: the same three sections, the principles' text
   * replaced.
   */
  public void secondVersion(String principles) {
    HttpResponse<String> saved =
        Api.asDemo(base, "member")
            .post(
                "api/drafts/" + draftId + "/versions",
                """
                {"baseVersion":1,"sections":[
                  {"key":"s1","heading":"Purpose","body":"<p>Why these principles exist.</p>"},
                  {"key":"s2","heading":"Principles","body":"<p>%s</p>"},
                  {"key":"s3","heading":"Final words","body":"<p>Review in three years.</p>"}]}
                """
                    .formatted(principles));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
  }

  /** A consultation open from yesterday to in 30 days (Tallinn time); returns its id. */
  public long openNow(String title) {
    LocalDateTime now = LocalDateTime.now(ZoneId.of(ZONE)).truncatedTo(ChronoUnit.MINUTES);
    return open(title, now.minusDays(1), now.plusDays(30));
  }

  /** A consultation that closed an hour ago; returns its id. */
  public long closed(String title) {
    LocalDateTime now = LocalDateTime.now(ZoneId.of(ZONE)).truncatedTo(ChronoUnit.MINUTES);
    return open(title, now.minusDays(10), now.minusHours(1));
  }

  /** A consultation open since yesterday that closes in {@code seconds}; returns its id. */
  public long closingIn(String title, int seconds) {
    LocalDateTime now = LocalDateTime.now(ZoneId.of(ZONE)).truncatedTo(ChronoUnit.SECONDS);
    return open(title, now.minusDays(1), now.plusSeconds(seconds));
  }

  /** A consultation open in the period (Tallinn time); returns its id. */
  public long open(String title, LocalDateTime opens, LocalDateTime closes) {
    HttpResponse<String> created =
        Api.asDemo(base, "member")
            .post(
                "api/consultations",
                """
                {"draftId":%d,"version":1,"title":"%s","opensAt":"%s","closesAt":"%s",
                 "timeZone":"%s"}
                """
                    .formatted(draftId, title, opens, closes, ZONE));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonObject body = Api.json(created).asJsonObject();
    return body.getJsonNumber("id").longValue();
  }
}
