package org.plenary.web.rest.consultations;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.plenary.web.it.Api;
import org.plenary.web.it.TestMail;
import org.plenary.web.it.TestServer;

/**
 * Commenting on a public consultation through the REST API: anonymous comments published only once
 * their address is confirmed, signed-in ones at once, retries and concurrent duplicates with one
 * Idempotency-Key stored once, refusals as problems, the CSV without personal data, hiding with a
 * reason and the drafter's response.
 */
class ConsultationCommentsApiIT {
  private static final Duration MAIL_WAIT = Duration.ofSeconds(60);

  final URL base = TestServer.url();

  @Test
  void showsTheDemoHandbookInAnOpenConsultationWithItsComments() {
    Api anonymous = Api.anonymous(base);
    JsonObject handbook =
        Api.json(anonymous.get("api/consultations?size=500"))
            .asJsonObject()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(c -> c.getString("title").contains("Handbook on Governance"))
            .findFirst()
            .orElseThrow();
    assertThat(handbook.getString("status")).isEqualTo("OPEN");
    assertThat(handbook.getString("drafter")).isEqualTo("Task Force on Governance");
    long id = handbook.getJsonNumber("id").longValue();
    JsonObject comments =
        Api.json(anonymous.get("api/consultations/" + id + "/comments")).asJsonObject();
    assertThat(comments.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(3);
    JsonObject draft =
        Api.json(Api.asDemo(base, "delegate").get("api/drafts/" + handbook.getInt("draftId")))
            .asJsonObject();
    assertThat(draft.getString("status")).isEqualTo("IN_CONSULTATION");
  }

  @Test
  void publishesAnAnonymousCommentOnlyOnceItsAddressIsConfirmed() {
    long id = ConsultationFixtures.draft(base, "it-cc-anonymous").openNow("Anonymous comments");
    Api anonymous = Api.anonymous(base);
    JsonObject consultation = Api.json(anonymous.get("api/consultations/" + id)).asJsonObject();
    assertThat(consultation.getString("status")).isEqualTo("OPEN");
    assertThat(consultation.getJsonArray("sections").getJsonObject(1).getString("heading"))
        .isEqualTo("Principles");

    String email = "it-cc-anonymous@example.org";
    HttpResponse<String> posted =
        anonymous.post(
            "api/consultations/" + id + "/comments",
            """
            {"text":"Add accessibility to the principles.","section":2,"name":"Eva Example",
             "email":"%s","category":"citizen","country":"ee"}
            """
                .formatted(email));
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
    assertThat(Api.json(posted).asJsonObject().getString("status"))
        .isEqualTo("AWAITING_CONFIRMATION");
    String location = posted.headers().firstValue("Location").orElseThrow();
    assertThat(location).contains("/api/consultations/" + id + "/comments/");
    assertThat(anonymous.get("api/consultations/" + id + "/comments?section=2").body())
        .doesNotContain("accessibility");
    assertThat(anonymous.get(location).statusCode()).isEqualTo(404);

    MimeMessage mail = TestMail.await(email, "Confirm your comment", MAIL_WAIT);
    assertThat(TestMail.text(mail)).contains("Eva Example").contains("consultations/confirm.xhtml");
    String token = TestMail.token(mail);
    HttpResponse<String> confirmed =
        anonymous.post("api/consultations/comments/confirmation", "{\"token\":\"" + token + "\"}");
    assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);

    JsonObject page =
        Api.json(anonymous.get("api/consultations/" + id + "/comments?section=2")).asJsonObject();
    assertThat(page.getJsonNumber("total").longValue()).isEqualTo(1);
    JsonObject comment = page.getJsonArray("items").getJsonObject(0);
    assertThat(comment.getString("text")).isEqualTo("Add accessibility to the principles.");
    assertThat(comment.getString("category")).isEqualTo("citizen");
    assertThat(comment.getString("country")).isEqualTo("EE");
    assertThat(comment.getInt("section")).isEqualTo(2);
    assertThat(comment.toString()).doesNotContain(email).doesNotContain("Eva Example");
    assertThat(anonymous.get(location).statusCode()).isEqualTo(200);
    assertThat(anonymous.get("api/consultations/" + id + "/comments?section=1").body())
        .doesNotContain("accessibility");

    HttpResponse<String> again =
        anonymous.post("api/consultations/comments/confirmation", "{\"token\":\"" + token + "\"}");
    assertThat(again.statusCode()).isEqualTo(400);
    assertThat(again.body()).contains("TOKEN_INVALID");
  }

  @Test
  void mailsTheConfirmationInTheLanguageTheRequestPrefers() {
    long id = ConsultationFixtures.draft(base, "it-cc-language").openNow("Comments in French");
    Api anonymous = Api.anonymous(base);
    String path = "api/consultations/" + id + "/comments";
    String comment =
        """
        {"text":"Un commentaire.","name":"Jeanne Exemple","email":"%s","category":"citizen",
         "country":"fr"}
        """;
    // French preferred, English understood; then English preferred, French understood
    String french = "it-cc-language-fr@example.org";
    HttpResponse<String> inFrench =
        anonymous.send("POST", path, comment.formatted(french), "fr-CA,fr;q=0.9,en;q=0.5");
    assertThat(inFrench.statusCode()).as(inFrench.body()).isEqualTo(201);
    String english = "it-cc-language-en@example.org";
    HttpResponse<String> inEnglish =
        anonymous.send("POST", path, comment.formatted(english), "en-US,en;q=0.9,fr;q=0.8");
    assertThat(inEnglish.statusCode()).as(inEnglish.body()).isEqualTo(201);

    assertThat(TestMail.await(french, "Confirmez votre commentaire", MAIL_WAIT)).isNotNull();
    assertThat(TestMail.await(english, "Confirm your comment", MAIL_WAIT)).isNotNull();
    assertThat(TestMail.to(english, "Confirmez")).isEmpty();
  }

  @Test
  void publishesASignedInCommentAtOnceAndStoresARetryOnce() {
    long id = ConsultationFixtures.draft(base, "it-cc-signed-in").openNow("Signed-in comments");
    Api delegate = Api.asDemo(base, "delegate");
    String body =
        "{\"text\":\"Fine by Estonia.\",\"category\":\"public_authority\",\"country\":\"EE\"}";

    HttpResponse<String> first =
        delegate.post(
            "api/consultations/" + id + "/comments", body, Map.of("Idempotency-Key", "k-1"));
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(Api.json(first).asJsonObject().getString("status")).isEqualTo("PUBLISHED");
    HttpResponse<String> retry =
        delegate.post(
            "api/consultations/" + id + "/comments", body, Map.of("Idempotency-Key", "k-1"));
    assertThat(retry.statusCode()).as(retry.body()).isEqualTo(200);
    assertThat(retry.headers().firstValue("Location"))
        .isEqualTo(first.headers().firstValue("Location"));

    JsonObject page =
        Api.json(delegate.get("api/consultations/" + id + "/comments")).asJsonObject();
    assertThat(page.getJsonNumber("total").longValue()).isEqualTo(1);
    assertThat(page.getJsonArray("items").getJsonObject(0).getString("text"))
        .isEqualTo("Fine by Estonia.");
  }

  @Test
  void refusesAKeyThatAnotherAuthorOrAnotherTextWasStoredUnder() {
    long id = ConsultationFixtures.draft(base, "it-cc-key-reuse").openNow("Reused keys");
    String path = "api/consultations/" + id + "/comments";
    Map<String, String> key = Map.of("Idempotency-Key", "shared-key-1");
    HttpResponse<String> first =
        Api.anonymous(base)
            .post(
                path,
                "{\"text\":\"Keep the register public.\",\"name\":\"Ann Anon\","
                    + "\"email\":\"ann@example.org\",\"category\":\"citizen\",\"country\":\"FR\"}",
                key);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);

    HttpResponse<String> signedIn =
        Api.asDemo(base, "delegate")
            .post(
                path,
                "{\"text\":\"Keep the register public.\",\"category\":\"public_authority\","
                    + "\"country\":\"EE\"}",
                key);
    HttpResponse<String> otherAddress =
        Api.anonymous(base)
            .post(
                path,
                "{\"text\":\"Keep the register public.\",\"name\":\"Bea\","
                    + "\"email\":\"bea@example.org\",\"category\":\"citizen\",\"country\":\"FR\"}",
                key);
    HttpResponse<String> otherText =
        Api.anonymous(base)
            .post(
                path,
                "{\"text\":\"Close the register.\",\"name\":\"Ann Anon\","
                    + "\"email\":\"ann@example.org\",\"category\":\"citizen\",\"country\":\"FR\"}",
                key);

    for (HttpResponse<String> reused : List.of(signedIn, otherAddress, otherText)) {
      assertThat(reused.statusCode()).as(reused.body()).isEqualTo(422);
      JsonObject problem = Api.json(reused).asJsonObject();
      assertThat(problem.getString("code")).isEqualTo("KEY_REUSED");
      assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field"))
          .isEqualTo("Idempotency-Key");
      assertThat(reused.body())
          .doesNotContain(first.headers().firstValue("Location").orElseThrow());
    }
    HttpResponse<String> retry =
        Api.anonymous(base)
            .post(
                path,
                "{\"text\":\"Keep the register public.\",\"name\":\"Ann Anon\","
                    + "\"email\":\"ANN@example.org\",\"category\":\"citizen\",\"country\":\"FR\"}",
                key);
    assertThat(retry.statusCode()).as("the same request again: " + retry.body()).isEqualTo(200);
    assertThat(retry.headers().firstValue("Location"))
        .isEqualTo(first.headers().firstValue("Location"));
  }

  @Test
  void answersARetryAfterTheClosingWithTheCommentStoredBefore() throws Exception {
    ConsultationFixtures draft = ConsultationFixtures.draft(base, "it-cc-late-retry");
    long id = draft.closingIn("Closing soon", 5);
    Api anonymous = Api.anonymous(base);
    String path = "api/consultations/" + id + "/comments";
    String body =
        "{\"text\":\"Just in time.\",\"name\":\"Tõnis Tamm\",\"email\":\"tonis@example.org\","
            + "\"category\":\"citizen\",\"country\":\"EE\"}";
    HttpResponse<String> first = anonymous.post(path, body, Map.of("Idempotency-Key", "late-1"));
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);

    ConsultationFixtures.awaitStatus(base, id, "CLOSED", Duration.ofSeconds(30));
    HttpResponse<String> retry = anonymous.post(path, body, Map.of("Idempotency-Key", "late-1"));
    assertThat(retry.statusCode()).as(retry.body()).isEqualTo(200);
    assertThat(retry.headers().firstValue("Location"))
        .isEqualTo(first.headers().firstValue("Location"));
    assertThat(Api.json(retry).asJsonObject().getString("status"))
        .isEqualTo("AWAITING_CONFIRMATION");
    HttpResponse<String> another = anonymous.post(path, body, Map.of("Idempotency-Key", "late-2"));
    assertThat(another.statusCode()).as(another.body()).isEqualTo(422);
    assertThat(Api.json(another).asJsonObject().getString("code")).isEqualTo("CONSULTATION_CLOSED");
  }

  @Test
  void storesOneCommentForFiftyConcurrentPostsWithTheSameKey() throws Exception {
    long id = ConsultationFixtures.draft(base, "it-cc-concurrent").openNow("Concurrent comments");
    Api member = Api.asDemo(base, "member");
    String body =
        "{\"text\":\"Once only.\",\"section\":1,\"category\":\"other\",\"country\":\"BE\"}";
    ExecutorService pool = Executors.newFixedThreadPool(50);
    try {
      List<Callable<HttpResponse<String>>> posts = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        posts.add(
            () ->
                member.post(
                    "api/consultations/" + id + "/comments",
                    body,
                    Map.of("Idempotency-Key", "same-key-50")));
      }
      List<HttpResponse<String>> responses = new ArrayList<>();
      for (Future<HttpResponse<String>> answer : pool.invokeAll(posts)) {
        responses.add(answer.get());
      }
      assertThat(responses).allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isIn(200, 201));
      assertThat(responses.stream().filter(r -> r.statusCode() == 201)).hasSize(1);
      assertThat(
              responses.stream()
                  .map(r -> r.headers().firstValue("Location").orElseThrow())
                  .distinct())
          .hasSize(1);
    } finally {
      pool.shutdownNow();
    }
    JsonObject page = Api.json(member.get("api/consultations/" + id + "/comments")).asJsonObject();
    assertThat(page.getJsonNumber("total").longValue()).isEqualTo(1);
  }

  @Test
  void aBurstOfCommentsGetsEachItsOwnOutcomeCommentAndMail() throws Exception {
    // comments that arrive together share a transaction (group commit): each is still answered for
    // itself, refused alone, mailed its own link or, signed in, published under its author's name
    long id = ConsultationFixtures.draft(base, "it-cc-burst").openNow("A burst of comments");
    Api anonymous = Api.anonymous(base);
    Api delegate = Api.asDemo(base, "delegate");
    Api member = Api.asDemo(base, "member");
    String path = "api/consultations/" + id + "/comments";
    List<Callable<HttpResponse<String>>> posts = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      posts.add(post(anonymous, path, burst(i, 1, "EE"), "burst-" + i));
    }
    for (int i = 0; i < 10; i++) {
      posts.add(post(anonymous, path, burst(40, 1, "EE"), "burst-same"));
    }
    for (int i = 50; i < 55; i++) {
      posts.add(post(anonymous, path, burst(i, 9, "EE"), "burst-" + i));
    }
    for (int i = 55; i < 60; i++) {
      posts.add(post(anonymous, path, burst(i, 1, "XX"), null));
    }
    for (int i = 60; i < 70; i++) {
      posts.add(post(i % 2 == 0 ? delegate : member, path, signedInBurst(i), "burst-" + i));
    }
    List<HttpResponse<String>> answers = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(posts.size());
    try {
      for (Future<HttpResponse<String>> answer : pool.invokeAll(posts)) {
        answers.add(answer.get());
      }
    } finally {
      pool.shutdownNow();
    }

    List<HttpResponse<String>> distinct = answers.subList(0, 40);
    assertThat(distinct).allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isEqualTo(201));
    assertThat(distinct.stream().map(r -> r.headers().firstValue("Location").orElseThrow()))
        .doesNotHaveDuplicates();
    List<HttpResponse<String>> sameKey = answers.subList(40, 50);
    assertThat(sameKey).allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isIn(200, 201));
    assertThat(sameKey.stream().filter(r -> r.statusCode() == 201)).hasSize(1);
    assertThat(sameKey.stream().map(r -> r.headers().firstValue("Location").orElseThrow()))
        .containsOnly(sameKey.get(0).headers().firstValue("Location").orElseThrow());
    answers.subList(50, 55).forEach(r -> assertRefused(r, 422, "section"));
    answers.subList(55, 60).forEach(r -> assertRefused(r, 422, "country"));
    List<HttpResponse<String>> signedIn = answers.subList(60, 70);
    assertThat(signedIn).allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isEqualTo(201));
    assertThat(signedIn.stream().map(r -> Api.json(r).asJsonObject().getString("status")))
        .containsOnly("PUBLISHED");

    // every stored comment mailed its own author a link that publishes that comment
    for (int i = 0; i <= 40; i++) {
      assertThat(TestMail.await(burstMail(i), "Confirm your comment", MAIL_WAIT)).isNotNull();
    }
    assertThat(TestMail.to(burstMail(40), "Confirm your comment")).hasSize(1);
    assertThat(TestMail.to(burstMail(50), "Confirm your comment")).isEmpty();
    String token = TestMail.token(TestMail.await(burstMail(7), "Confirm your comment", MAIL_WAIT));
    HttpResponse<String> confirmed =
        anonymous.post("api/consultations/comments/confirmation", "{\"token\":\"" + token + "\"}");
    assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
    JsonObject page = Api.json(anonymous.get(path + "?size=50")).asJsonObject();
    assertThat(page.getJsonNumber("total").longValue()).isEqualTo(11);
    assertThat(page.getJsonArray("items").getValuesAs(JsonObject.class))
        .extracting(item -> item.getString("text"))
        .containsExactlyInAnyOrder(
            IntStream.concat(IntStream.of(7), IntStream.range(60, 70))
                .mapToObj(i -> "Burst comment " + i + ".")
                .toArray(String[]::new));
    // each signed-in comment is its author's, not the other's
    String delegateData = delegate.get("api/me/data").body();
    String memberData = member.get("api/me/data").body();
    for (int i = 60; i < 70; i++) {
      assertThat(i % 2 == 0 ? delegateData : memberData).contains("Burst comment " + i + ".");
      assertThat(i % 2 == 0 ? memberData : delegateData).doesNotContain("Burst comment " + i + ".");
    }
    assertThat(
            anonymous
                .get(distinct.get(7).headers().firstValue("Location").orElseThrow())
                .statusCode())
        .isEqualTo(200);
  }

  private static Callable<HttpResponse<String>> post(
      Api api, String path, String body, String key) {
    return () ->
        key == null ? api.post(path, body) : api.post(path, body, Map.of("Idempotency-Key", key));
  }

  private static String burst(int n, int section, String country) {
    return """
        {"text":"Burst comment %d.","section":%d,"name":"Burst %d","email":"%s",
         "category":"citizen","country":"%s"}
        """
        .formatted(n, section, n, burstMail(n), country);
  }

  private static String signedInBurst(int n) {
    return """
        {"text":"Burst comment %d.","section":1,"category":"public_authority","country":"EE"}
        """
        .formatted(n);
  }

  private static String burstMail(int n) {
    return "it-cc-burst-" + n + "@example.org";
  }

  @Test
  void refusesACommentAfterClosingAndInvalidFieldsWithProblems() {
    ConsultationFixtures draft = ConsultationFixtures.draft(base, "it-cc-refusals");
    long closed = draft.closed("Closed consultation");
    Api anonymous = Api.anonymous(base);
    String valid =
        "{\"text\":\"Late.\",\"name\":\"Late Larry\",\"email\":\"larry@example.org\","
            + "\"category\":\"citizen\",\"country\":\"FR\"}";
    HttpResponse<String> late = anonymous.post("api/consultations/" + closed + "/comments", valid);
    assertThat(late.statusCode()).isEqualTo(422);
    assertThat(late.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    JsonObject problem = Api.json(late).asJsonObject();
    assertThat(problem.getString("code")).isEqualTo("CONSULTATION_CLOSED");
    assertThat(problem.getString("detail")).contains("Europe/Tallinn");
    assertThat(
            Api.json(anonymous.get("api/consultations/" + closed))
                .asJsonObject()
                .getString("status"))
        .isEqualTo("CLOSED");

    long open = draft.openNow("Open consultation");
    String path = "api/consultations/" + open + "/comments";
    assertRefused(anonymous.post(path, valid.replace("\"FR\"", "\"XX\"")), 422, "country");
    assertRefused(
        anonymous.post(path, valid.replace("\"citizen\"", "\"lobbyist\"")), 422, "category");
    assertRefused(anonymous.post(path, valid.replace("\"Late.\"", "\"\"")), 400, "text");
    assertRefused(anonymous.post(path, valid.replace("larry@example.org", "larry")), 422, "email");
    assertRefused(
        anonymous.post(path, valid.replace("\"Late.\"", "\"Late.\",\"section\":9")),
        422,
        "section");
    assertThat(anonymous.post("api/consultations/987654321/comments", valid).statusCode())
        .isEqualTo(404);
  }

  @Test
  void exportsCsvWithoutPersonalDataShowsAHiddenCommentsReasonAndTheResponse() {
    long id = ConsultationFixtures.draft(base, "it-cc-moderation").openNow("Moderated comments");
    Api delegate = Api.asDemo(base, "delegate");
    Api member = Api.asDemo(base, "member");
    String path = "api/consultations/" + id + "/comments";
    long spam =
        Api.json(
                delegate.post(
                    path,
                    "{\"text\":\"Buy cheap watches, \\\"now\\\"\",\"category\":\"business\",\"country\":\"EE\"}"))
            .asJsonObject()
            .getJsonNumber("id")
            .longValue();
    long useful =
        Api.json(
                delegate.post(
                    path,
                    "{\"text\":\"=Define inclusion.\",\"section\":2,\"category\":\"citizen\",\"country\":\"EE\"}"))
            .asJsonObject()
            .getJsonNumber("id")
            .longValue();

    HttpResponse<String> notDrafter =
        delegate.post(path + "/" + spam + "/hiding", "{\"reason\":\"I do not like it\"}");
    assertThat(notDrafter.statusCode()).as(notDrafter.body()).isEqualTo(403);
    assertThat(
            Api.anonymous(base)
                .post(path + "/" + spam + "/hiding", "{\"reason\":\"x\"}")
                .statusCode())
        .isEqualTo(401);
    HttpResponse<String> hidden =
        member.post(path + "/" + spam + "/hiding", "{\"reason\":\"Advertising\"}");
    assertThat(hidden.statusCode()).as(hidden.body()).isEqualTo(200);
    HttpResponse<String> answered =
        member.put(
            path + "/" + useful + "/response",
            "{\"outcome\":\"accepted\",\"justification\":\"Defined in the glossary.\",\"resolvedInVersion\":2,\"resolvedInSection\":\"4\"}");
    assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
    assertRefused(
        member.put(
            path + "/" + useful + "/response", "{\"outcome\":\"maybe\",\"justification\":\"x\"}"),
        400,
        "outcome");
    assertRefused(
        member.put(
            path + "/" + useful + "/response",
            "{\"outcome\":\"noted\",\"justification\":\"x\",\"resolvedInVersion\":99}"),
        422,
        "resolvedInVersion");
    assertRefused(
        member.put(
            path + "/" + useful + "/response",
            "{\"outcome\":\"noted\",\"justification\":\"x\",\"resolvedInVersion\":2,"
                + "\"resolvedInSection\":\""
                + "s".repeat(101)
                + "\"}"),
        422,
        "resolvedInSection");

    JsonObject page = Api.json(Api.anonymous(base).get(path)).asJsonObject();
    JsonObject first = page.getJsonArray("items").getJsonObject(0);
    assertThat(first.getBoolean("hidden")).isTrue();
    assertThat(first.getString("hiddenReason")).isEqualTo("Advertising");
    assertThat(first.containsKey("text")).isFalse();
    JsonObject response = page.getJsonArray("items").getJsonObject(1).getJsonObject("response");
    assertThat(response.getString("outcome")).isEqualTo("ACCEPTED");
    assertThat(response.getString("justification")).isEqualTo("Defined in the glossary.");
    assertThat(response.getInt("resolvedInVersion")).isEqualTo(2);

    HttpResponse<String> csv = Api.anonymous(base).get(path, "text/csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(csv.body().lines().toList())
        .hasSize(3)
        .first()
        .isEqualTo(ConsultationJson.CSV_HEADER);
    assertThat(csv.body())
        .doesNotContain("watches")
        .contains("Advertising")
        .contains("'=Define inclusion.")
        .contains("Defined in the glossary.")
        .doesNotContain("Mari Tamm")
        .doesNotContain("@");

    // before its publication, the report is the drafter's (and the secretariat's)
    assertThat(
            Api.anonymous(base).get("api/consultations/" + id + "/report", "text/csv").statusCode())
        .isEqualTo(403);
    HttpResponse<String> report =
        Api.asDemo(base, "member").get("api/consultations/" + id + "/report", "text/csv");
    assertThat(report.statusCode()).isEqualTo(200);
    List<String> lines = report.body().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(1)).startsWith(spam + ",").contains("Advertising");
    assertThat(lines.get(2)).startsWith(useful + ",").contains("ACCEPTED");
  }

  private static void assertRefused(HttpResponse<String> response, int status, String field) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    JsonObject problem = Api.json(response).asJsonObject();
    assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo(field);
    assertThat(response.body()).doesNotContain("Exception");
  }
}
