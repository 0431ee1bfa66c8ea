package org.plenary.web.rest.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.web.it.Api;
import org.plenary.web.it.Documents;
import org.plenary.web.it.Seed;
import org.plenary.web.it.TestMail;
import org.plenary.web.it.TestServer;
import org.plenary.web.rest.feedback.FeedbackFixtures;

/**
 * Approving minutes through the REST API: the secretariat circulates them (registered participants
 * are mailed), a participant proposes corrections quoting a passage, the secretariat decides each
 * with a reason and approves; the approved version is frozen, public, with its corrections log, and
 * a second circulation makes version 2. Every refusal names its code. Each test makes its meeting.
 */
class MinutesApprovalApiIT {
  private static final LocalDate PAST = LocalDate.of(2025, 5, 12);
  private static final Duration MAIL_WAIT = Duration.ofSeconds(30);

  final URL base = TestServer.url();

  private static String minutes(long version, String summary, String decisions) {
    return """
        {"version": %d, "summary": "%s", "answers": ["Pilots", ""], "decisions": "%s"}
        """
        .formatted(version, summary, decisions);
  }

  private static String correction(String itemKey, String passage, String wording) {
    return """
        {"itemKey": "%s", "passage": "%s", "wording": "%s", "comment": "Our figure"}
        """
        .formatted(itemKey, passage, wording);
  }

  private static String closing(Duration fromNow) {
    return "{\"closesAt\": \"%s\"}"
        .formatted(OffsetDateTime.now(ZoneOffset.ofHours(1)).plus(fromNow).withNano(0));
  }

  private static String code(HttpResponse<String> response) {
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    return Api.json(response).asJsonObject().getString("code");
  }

  private static long version(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Api.json(response).asJsonObject().getJsonNumber("version").longValue();
  }

  @Test
  void minutesGoRoundTheParticipantsAndAreApprovedWithTheirCorrectionsLog() throws Exception {
    String slug = "it-min-approval";
    FeedbackFixtures fixtures = new FeedbackFixtures(base);
    List<String> keys = fixtures.publishMeeting(slug, PAST, List.of("Digital identity", "Data"));
    Api participant = fixtures.registeredDelegate("it-min-paula", "Paula Participant", slug, PAST);
    Api outsider = fixtures.delegate("it-min-oscar", "Oscar Outsider");
    Api secretariat = Api.asDemo(base, "secretariat");
    String root = "api/meetings/" + slug + "/minutes";
    String item = root + "/items/" + keys.get(0);

    HttpResponse<String> empty =
        secretariat.post(root + "/circulation", closing(Duration.ofDays(7)));
    assertThat(empty.statusCode()).as(empty.body()).isEqualTo(422);
    assertThat(code(empty)).isEqualTo("NOTHING_WRITTEN");
    long v =
        version(
            secretariat.put(
                item, minutes(0, "Twelve countries run digital wallets.", "Task Force drafts")));

    HttpResponse<String> early =
        participant.post(root + "/corrections", correction(keys.get(0), "Twelve", "Eleven"));
    assertThat(early.statusCode()).as(early.body()).isEqualTo(409);
    assertThat(code(early)).isEqualTo("NOT_CIRCULATED");
    assertThat(participant.post(root + "/circulation", closing(Duration.ofDays(7))).statusCode())
        .isEqualTo(403);
    HttpResponse<String> past =
        secretariat.post(root + "/circulation", closing(Duration.ofDays(-1)));
    assertThat(past.statusCode()).as(past.body()).isEqualTo(422);
    assertThat(code(past)).isEqualTo("WINDOW_IN_THE_PAST");
    HttpResponse<String> far =
        secretariat.post(root + "/circulation", closing(Duration.ofDays(400)));
    assertThat(far.statusCode()).as(far.body()).isEqualTo(422);
    assertThat(code(far)).isEqualTo("WINDOW_TOO_LONG");
    HttpResponse<String> malformed =
        secretariat.post(root + "/circulation", "{\"closesAt\":\"soon\"}");
    assertThat(malformed.statusCode()).as(malformed.body()).isEqualTo(400);

    HttpResponse<String> circulated =
        secretariat.post(root + "/circulation", closing(Duration.ofDays(7)));
    assertThat(circulated.statusCode()).as(circulated.body()).isEqualTo(201);
    assertThat(Api.json(circulated).asJsonObject().getInt("version")).isEqualTo(1);
    assertThat(Api.json(circulated).asJsonObject().getBoolean("open")).isTrue();
    HttpResponse<String> twice =
        secretariat.post(root + "/circulation", closing(Duration.ofDays(7)));
    assertThat(twice.statusCode()).as(twice.body()).isEqualTo(409);
    assertThat(code(twice)).isEqualTo("ALREADY_CIRCULATED");
    MimeMessage mail =
        TestMail.await(Seed.email("it-min-paula"), "Draft minutes for your corrections", MAIL_WAIT);
    assertThat(TestMail.text(mail))
        .contains("Paula Participant")
        .contains("me/minutes.xhtml?meeting=" + slug);
    assertThat(TestMail.to(Seed.email("it-min-oscar"), "Draft minutes")).isEmpty();

    HttpResponse<String> seen = participant.get(root + "/circulation");
    assertThat(seen.statusCode()).as(seen.body()).isEqualTo(200);
    assertThat(
            Api.json(seen)
                .asJsonObject()
                .getJsonArray("items")
                .getJsonObject(0)
                .getString("summary"))
        .isEqualTo("Twelve countries run digital wallets.");
    HttpResponse<String> notMine = outsider.get(root + "/circulation");
    assertThat(notMine.statusCode()).as(notMine.body()).isEqualTo(403);
    assertThat(code(notMine)).isEqualTo("NOT_A_PARTICIPANT");
    HttpResponse<String> stranger =
        outsider.post(root + "/corrections", correction(keys.get(0), "Twelve", "Eleven"));
    assertThat(stranger.statusCode()).as(stranger.body()).isEqualTo(403);
    assertThat(code(stranger)).isEqualTo("NOT_A_PARTICIPANT");
    HttpResponse<String> paraphrase =
        participant.post(
            root + "/corrections", correction(keys.get(0), "Ten countries run", "Eleven"));
    assertThat(paraphrase.statusCode()).as(paraphrase.body()).isEqualTo(422);
    assertThat(code(paraphrase)).isEqualTo("PASSAGE_NOT_FOUND");

    HttpResponse<String> first =
        participant.post(
            root + "/corrections", correction(keys.get(0), "Twelve countries", "Eleven countries"));
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    int one = Api.json(first).asJsonObject().getInt("number");
    HttpResponse<String> second =
        participant.post(root + "/corrections", correction(keys.get(0), "Pilots", "Large pilots"));
    assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
    int two = Api.json(second).asJsonObject().getInt("number");
    HttpResponse<String> mine = participant.get(root + "/corrections");
    assertThat(Api.json(mine).asJsonObject().getInt("total")).isEqualTo(2);

    HttpResponse<String> pending = secretariat.post(root + "/approval", "{}");
    assertThat(pending.statusCode()).as(pending.body()).isEqualTo(409);
    assertThat(code(pending)).isEqualTo("PENDING_CORRECTIONS");
    assertThat(
            participant
                .put(root + "/corrections/" + one, "{\"decision\": \"ACCEPTED\"}")
                .statusCode())
        .isEqualTo(403);
    HttpResponse<String> noReason =
        secretariat.put(root + "/corrections/" + two, "{\"decision\": \"REJECTED\"}");
    assertThat(noReason.statusCode()).as(noReason.body()).isEqualTo(422);
    assertThat(code(noReason)).isEqualTo("REASON_MISSING");
    HttpResponse<String> accepted =
        secretariat.put(root + "/corrections/" + one, "{\"decision\": \"ACCEPTED\"}");
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
    HttpResponse<String> rejected =
        secretariat.put(
            root + "/corrections/" + two,
            "{\"decision\": \"REJECTED\", \"reason\": \"The pilots were small\"}");
    assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);
    v = version(secretariat.put(item, minutes(v, "Eleven countries run digital wallets.", "")));
    assertThat(participant.post(root + "/approval", "{}").statusCode()).isEqualTo(403);

    HttpResponse<String> approved = secretariat.post(root + "/approval", "{}");
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(201);
    JsonObject v1 = Api.json(approved).asJsonObject();
    assertThat(v1.getInt("version")).isEqualTo(1);
    assertThat(v1.getJsonArray("items").getJsonObject(0).getString("summary"))
        .isEqualTo("Eleven countries run digital wallets.");
    JsonObject logged = v1.getJsonArray("corrections").getJsonObject(1);
    assertThat(logged.getString("proposerName")).isEqualTo("Paula Participant");
    assertThat(logged.getString("proposerDelegation")).isEqualTo("Delegation of Feedbackland (IT)");
    assertThat(logged.getString("decision")).isEqualTo("REJECTED");
    assertThat(logged.getString("reason")).isEqualTo("The pilots were small");

    HttpResponse<String> late =
        participant.post(root + "/corrections", correction(keys.get(0), "Eleven", "Ten"));
    assertThat(late.statusCode()).as(late.body()).isEqualTo(409);
    assertThat(code(late)).isEqualTo("NOT_CIRCULATED");
    HttpResponse<String> final_ =
        secretariat.put(
            root + "/corrections/" + one, "{\"decision\": \"REJECTED\", \"reason\": \"x\"}");
    assertThat(final_.statusCode()).as(final_.body()).isEqualTo(409);
    assertThat(code(final_)).isEqualTo("ALREADY_APPROVED");

    secretariat.put(item, minutes(v, "Eleven countries, two more in 2026.", ""));
    Api anyone = Api.anonymous(base);
    HttpResponse<String> frozen = anyone.get(root + "/approved");
    assertThat(frozen.statusCode()).as(frozen.body()).isEqualTo(200);
    assertThat(
            Api.json(frozen)
                .asJsonObject()
                .getJsonArray("items")
                .getJsonObject(0)
                .getString("summary"))
        .isEqualTo("Eleven countries run digital wallets.");
    assertThat(secretariat.post(root + "/circulation", closing(Duration.ofDays(3))).statusCode())
        .isEqualTo(201);
    HttpResponse<String> again = secretariat.post(root + "/approval", "{}");
    assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
    assertThat(Api.json(again).asJsonObject().getInt("version")).isEqualTo(2);
    assertThat(
            Api.json(anyone.get(root + "/approved"))
                .asJsonObject()
                .getJsonArray("items")
                .getJsonObject(0)
                .getString("summary"))
        .isEqualTo("Eleven countries, two more in 2026.");
    JsonObject old = Api.json(anyone.get(root + "/approved?version=1")).asJsonObject();
    assertThat(old.getJsonArray("items").getJsonObject(0).getString("summary"))
        .isEqualTo("Eleven countries run digital wallets.");
    assertThat(old.getJsonArray("corrections")).hasSize(2);
    assertThat(anyone.get(root + "/approved?version=3").statusCode()).isEqualTo(404);

    HttpResponse<byte[]> pdf = anyone.getBytes(root + "/approved.pdf?version=1", "application/pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/pdf");
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(Documents.text(pdf.body())).contains("MINUTES").contains("CORRECTIONS LOG");
    HttpResponse<byte[]> french =
        anyone.getBytes(root + "/approved.pdf?version=1&lang=fr", "application/pdf");
    assertThat(french.headers().firstValue("Content-Language")).hasValue("fr");
    assertThat(Documents.text(french.body()))
        .contains("COMPTE RENDU")
        .contains("JOURNAL DES CORRECTIONS")
        .contains("Eleven countries run digital wallets.")
        .doesNotContain("CORRECTIONS LOG");
    assertThat(Documents.taggedLanguage(french.body())).as("a tagged PDF").isEqualTo("fr");
  }

  @Test
  void noCorrectionIsTakenOnceTheWindowHasClosed() throws Exception {
    String slug = "it-min-window";
    FeedbackFixtures fixtures = new FeedbackFixtures(base);
    List<String> keys = fixtures.publishMeeting(slug, PAST, List.of("Service delivery"));
    Api participant = fixtures.registeredDelegate("it-min-wendy", "Wendy Window", slug, PAST);
    Api secretariat = Api.asDemo(base, "secretariat");
    String root = "api/meetings/" + slug + "/minutes";
    version(secretariat.put(root + "/items/" + keys.get(0), minutes(0, "Portals merge.", "")));
    assertThat(Api.anonymous(base).get(root + "/approved").statusCode()).isEqualTo(404);

    HttpResponse<String> circulated =
        secretariat.post(root + "/circulation", closing(Duration.ofSeconds(3)));
    assertThat(circulated.statusCode()).as(circulated.body()).isEqualTo(201);
    Thread.sleep(4000);

    HttpResponse<String> late =
        participant.post(root + "/corrections", correction(keys.get(0), "Portals", "Sites"));
    assertThat(late.statusCode()).as(late.body()).isEqualTo(409);
    assertThat(code(late)).isEqualTo("WINDOW_CLOSED");
    assertThat(Api.json(participant.get(root + "/circulation")).asJsonObject().getBoolean("open"))
        .isFalse();
    HttpResponse<String> approved = secretariat.post(root + "/approval", "{}");
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(201);
    assertThat(Api.json(approved).asJsonObject().getJsonArray("corrections")).isEmpty();
  }
}
