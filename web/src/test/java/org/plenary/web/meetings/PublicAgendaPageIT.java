package org.plenary.web.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.plenary.web.it.Drafts;
import org.plenary.web.it.TestServer;

/**
 * The public agenda page (/meetings/view.xhtml) as plain HTTP sees it (issue 8, point 4): a visitor
 * who only reads it gets no HTTP session; the language switch still starts one and is remembered;
 * the page kept for visitors shows each newly published version of the meeting and of its side
 * meetings within about a second (published through the API, as another node of a cluster would),
 * and the same page as Faces renders, with a fresh CSP nonce each time.
 */
class PublicAgendaPageIT {
  private static final String DAY = "2032-03-09";

  private final URL url = TestServer.url();
  private final HttpClient client =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private HttpResponse<String> page(String slug, String query, String language, String cookie)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url + "meetings/view.xhtml?slug=" + slug + query))
            .timeout(Duration.ofSeconds(60))
            .header("Accept-Language", language);
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    return client.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The language of the page, as its html element says. */
  private static String language(HttpResponse<String> response) {
    Matcher m = Pattern.compile("<html[^>]* lang=\"([^\"]+)\"").matcher(response.body());
    return m.find() ? m.group(1) : null;
  }

  private static String nonce(HttpResponse<?> response) {
    return response.headers().allValues("Content-Security-Policy").stream()
        .map(policy -> Pattern.compile("'nonce-([^']+)'").matcher(policy))
        .filter(Matcher::find)
        .map(m -> m.group(1))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no CSP nonce: " + response.headers()));
  }

  /**
   * The visitor's page once it shows {@code expected}: a page kept for visitors is checked against
   * the database again at most a second after the last check (AgendaPageCache), so a new version
   * shows within about a second; waits up to 10 s for it.
   */
  private String shown(String slug, String expected) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    String body = page(slug, "", "en", null).body();
    while (!body.contains(expected) && System.nanoTime() < deadline) {
      Thread.sleep(200);
      body = page(slug, "", "en", null).body();
    }
    return body;
  }

  private static List<String> cookies(HttpResponse<?> response) {
    return response.headers().allValues("Set-Cookie");
  }

  @Test
  void aVisitorReadsTheAgendaInTheirLanguageWithoutASession() throws Exception {
    HttpResponse<String> english = page("e-leaders-2019", "", "en-GB,en;q=0.9", null);
    assertThat(english.statusCode()).isEqualTo(200);
    assertThat(language(english)).isEqualTo("en");
    assertThat(english.body()).contains("E-Leaders 2019");
    assertThat(cookies(english)).as("no HTTP session for a visitor").isEmpty();

    HttpResponse<String> again = page("e-leaders-2019", "", "en-GB,en;q=0.9", null);
    String nonce = nonce(english);
    assertThat(nonce(again)).as("a fresh CSP nonce for every answer").isNotEqualTo(nonce);
    assertThat(again.body())
        .contains("nonce=\"" + nonce(again) + "\"")
        .doesNotContain(nonce)
        .isEqualTo(english.body().replace(nonce, nonce(again)));

    HttpResponse<String> french = page("e-leaders-2019", "", "fr-FR,fr;q=0.9", null);
    assertThat(french.statusCode()).isEqualTo(200);
    assertThat(language(french)).isEqualTo("fr");
    assertThat(french.body()).contains("E-Leaders 2019");
    assertThat(cookies(french)).isEmpty();

    assertThat(page("no-such-meeting-" + UUID.randomUUID(), "", "en", null).statusCode())
        .isEqualTo(404);
  }

  @Test
  void theLanguageSwitchStartsASessionThatKeepsTheChoice() throws Exception {
    HttpResponse<String> switched = page("e-leaders-2019", "&lang=fr", "en", null);
    assertThat(switched.statusCode()).isEqualTo(200);
    assertThat(language(switched)).isEqualTo("fr");
    assertThat(cookies(switched))
        .as("the choice starts a session")
        .anyMatch(cookie -> cookie.startsWith("JSESSIONID="));
    // Every cookie back, as a browser does (the replicated session also sets JSESSIONIDVERSION).
    String session =
        cookies(switched).stream()
            .map(cookie -> cookie.split(";", 2)[0])
            .collect(Collectors.joining("; "));

    HttpResponse<String> next = page("e-leaders-2019", "", "en", session);
    assertThat(language(next)).as("the choice outlives the request").isEqualTo("fr");
  }

  @Test
  void showsEachNewlyPublishedVersionOfTheMeetingAndOfItsSideMeetingsAtOnce() throws Exception {
    String slug = "agenda-cache-" + UUID.randomUUID().toString().substring(0, 8);
    Drafts main = Drafts.plan(url, slug, "Cache Summit", "Asia/Seoul", DAY, DAY);
    main.addDay(DAY, "Day 1");
    String item = main.addItem(DAY, "SESSION", "Opening of the summit", "09:00", "10:00", "");
    main.publish(slug + "-v1");
    String first = page(slug, "", "en", null).body();
    assertThat(first).contains(slug + "-v1", "Opening of the summit").doesNotContain("Side talk");

    main.edit(
        "PUT",
        "/items/" + item,
        """
        {"version": $V, "date": "%s", "kind": "SESSION", "title": "Welcome to the summit",
         "start": "09:00", "end": "10:00"}
        """
            .formatted(DAY),
        200);
    assertThat(page(slug, "", "en", null).body())
        .as("a draft is not published")
        .contains(slug + "-v1", "Opening of the summit");

    main.publish(slug + "-v2");
    assertThat(shown(slug, slug + "-v2"))
        .contains(slug + "-v2", "Welcome to the summit")
        .doesNotContain("Opening of the summit");

    Drafts side =
        Drafts.plan(
            url,
            """
            {"id": "%s-side", "title": "Side talk", "mainMeeting": "%s",
             "venue": {"name": "Government Complex Seoul", "addressLines": ["209 Sejong-daero"],
                       "city": "Seoul"},
             "timeZone": "Asia/Seoul", "startDate": "%s", "endDate": "%s"}
            """
                .formatted(slug, slug, DAY, DAY));
    side.addDay(DAY, "Side day");
    side.addItem(DAY, "SESSION", "Data sharing round table", "14:00", "15:00", "");
    assertThat(page(slug, "", "en", null).body())
        .as("an unpublished side meeting is not shown")
        .doesNotContain("Side talk");

    side.publish(slug + "-side-v1");
    String withSide = shown(slug, "Side talk");
    assertThat(withSide).contains("Side talk", "Data sharing round table", slug + "-v2");
    assertThat(page(slug + "-side", "", "en", null).body())
        .as("the side meeting's own page names its main meeting")
        .contains("Side talk", "Cache Summit");
  }
}
