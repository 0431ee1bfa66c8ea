package org.plenary.web.rest.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.web.it.Api;
import org.plenary.web.it.TestServer;
import org.plenary.web.rest.feedback.FeedbackFixtures;

/**
 * Writing minutes through the REST API: the secretariat saves an item's record naming the version
 * it read, a save from a stale version is refused (409), others are refused (403) until the
 * secretariat names them the item's rapporteur. Each test makes its own meeting.
 */
class MinutesApiIT {
  private static final LocalDate PAST = LocalDate.of(2025, 4, 7);

  final URL base = TestServer.url();

  private static String body(long version, String summary, String answer, String decisions) {
    return """
        {"version": %d, "summary": "%s", "answers": ["%s"], "decisions": "%s"}
        """
        .formatted(version, summary, answer, decisions);
  }

  @Test
  void theSecretariatSavesAnItemsMinutesAndAStaleSaveIsRefused() throws Exception {
    FeedbackFixtures fixtures = new FeedbackFixtures(base);
    List<String> keys =
        fixtures.publishMeeting("it-min-saves", PAST, List.of("Digital identity", "Open data"));
    Api secretariat = Api.asDemo(base, "secretariat");
    String item = "api/meetings/it-min-saves/minutes/items/" + keys.get(0);

    HttpResponse<String> first =
        secretariat.put(item, body(0, "Delegates compared wallets", "Pilots", ""));
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    long version = Api.json(first).asJsonObject().getJsonNumber("version").longValue();
    HttpResponse<String> second =
        secretariat.put(
            item,
            body(version, "Delegates compared wallets", "Pilots", "Task Force drafts a note"));
    assertThat(second.statusCode()).as(second.body()).isEqualTo(200);

    HttpResponse<String> stale = secretariat.put(item, body(version, "Overwritten", "", ""));
    assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
    assertThat(stale.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    assertThat(Api.json(stale).asJsonObject().getString("code")).isEqualTo("CHANGED_MEANWHILE");

    HttpResponse<String> sheet = secretariat.get("api/meetings/it-min-saves/minutes");
    assertThat(sheet.statusCode()).as(sheet.body()).isEqualTo(200);
    JsonObject written = Api.json(sheet).asJsonObject().getJsonArray("items").getJsonObject(0);
    assertThat(written.getString("summary")).isEqualTo("Delegates compared wallets");
    assertThat(written.getString("decisions")).isEqualTo("Task Force drafts a note");
    assertThat(written.getJsonArray("answers").getValuesAs(v -> v))
        .first()
        .isInstanceOfSatisfying(
            JsonString.class, answer -> assertThat(answer.getString()).isEqualTo("Pilots"));
    JsonObject untouched = Api.json(sheet).asJsonObject().getJsonArray("items").getJsonObject(1);
    assertThat(untouched.getJsonNumber("version").longValue()).isZero();
  }

  @Test
  void onlyTheNamedRapporteurWritesBesidesTheSecretariat() throws Exception {
    FeedbackFixtures fixtures = new FeedbackFixtures(base);
    List<String> keys = fixtures.publishMeeting("it-min-rapporteur", PAST, List.of("Breakout A"));
    Api rapporteur = fixtures.delegate("it-min-rita", "Rita Rapporteur");
    String item = "api/meetings/it-min-rapporteur/minutes/items/" + keys.get(0);

    HttpResponse<String> before = rapporteur.put(item, body(0, "Notes", "", ""));
    assertThat(before.statusCode()).as(before.body()).isEqualTo(403);
    assertThat(Api.json(before).asJsonObject().getString("code")).isEqualTo("NOT_THE_RAPPORTEUR");

    HttpResponse<String> named =
        Api.asDemo(base, "secretariat")
            .put(item + "/rapporteur", "{\"username\": \"it-min-rita\"}");
    assertThat(named.statusCode()).as(named.body()).isEqualTo(200);
    assertThat(Api.json(named).asJsonObject().getString("rapporteurName"))
        .isEqualTo("Rita Rapporteur");
    long version = Api.json(named).asJsonObject().getJsonNumber("version").longValue();

    HttpResponse<String> written = rapporteur.put(item, body(version, "Table A agreed", "", ""));
    assertThat(written.statusCode()).as(written.body()).isEqualTo(200);
    assertThat(Api.json(written).asJsonObject().getString("updatedBy")).isEqualTo("it-min-rita");
    assertThat(rapporteur.get("api/meetings/it-min-rapporteur/minutes").statusCode())
        .isEqualTo(403);
  }
}
