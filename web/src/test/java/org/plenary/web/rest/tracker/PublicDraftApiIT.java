package org.plenary.web.rest.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.web.it.Api;
import org.plenary.web.it.Documents;
import org.plenary.web.it.TestServer;
import org.plenary.web.rest.consultations.ConsultationFixtures;

/**
 * A public draft followed by anyone: its dated progress, the versions the public may read (those
 * put to consultation or coordination, and the adopted one) and the changes between them; a group's
 * working draft, and versions never sent out, are not found. The tracker filters, sorts and exports
 * as CSV.
 */
class PublicDraftApiIT {
  final URL base = TestServer.url();
  final Api anyone = Api.anonymous(base);
  final Api member = Api.asDemo(base, "member");

  @Test
  void aDraftsProgressAndItsPublicVersionsAreOpenToAnyoneAndNothingElseIs() {
    ConsultationFixtures fixtures = ConsultationFixtures.draft(base, "it-public-draft");
    long id = fixtures.draftId();
    String draft = "api/tracker/" + id;

    // a working draft is the group's own: not found, page and API alike
    assertProblem(anyone.get(draft), 404);
    assertProblem(anyone.get(draft + "/versions/1"), 404);
    assertThat(anyone.get("consultations/draft.xhtml?id=" + id, "text/html").statusCode())
        .isEqualTo(404);

    // shared with delegates: its progress is public, its text is not
    assertThat(member.post("api/drafts/" + id + "/sharing", null).statusCode()).isEqualTo(200);
    JsonObject shared = Api.json(anyone.get(draft)).asJsonObject();
    assertThat(shared.getString("stage")).isEqualTo("SHARED");
    assertThat(kinds(shared)).containsExactly("SHARED");
    assertThat(shared.getJsonArray("versions")).isEmpty();
    assertProblem(anyone.get(draft + "/versions/1"), 404);

    // version 2 is written; version 1 goes to public consultation
    fixtures.secondVersion("Openness, once-only, inclusion, digital by default.");
    long consultation = fixtures.openNow("Public draft consultation");
    JsonObject consulted = Api.json(anyone.get(draft)).asJsonObject();
    assertThat(consulted.getString("stage")).isEqualTo("IN_CONSULTATION");
    assertThat(numbers(consulted)).containsExactly(1);
    JsonObject opens = step(consulted, "CONSULTATION_OPENS");
    assertThat(opens.getInt("version")).isEqualTo(1);
    assertThat(opens.getJsonNumber("consultationId").longValue()).isEqualTo(consultation);
    assertThat(opens.getBoolean("upcoming")).isFalse();
    assertThat(step(consulted, "CONSULTATION_CLOSES").getBoolean("upcoming")).isTrue();
    assertProblem(anyone.get(draft + "/versions/2"), 404);

    // adopted: the final version is public too, and what changed since the consulted one
    assertThat(member.post("api/drafts/" + id + "/final", null).statusCode()).isEqualTo(200);
    JsonObject adopted = Api.json(anyone.get(draft)).asJsonObject();
    assertThat(adopted.getString("stage")).isEqualTo("FINAL");
    assertThat(adopted.getString("drafter")).isEqualTo("Group it-public-draft");
    assertThat(numbers(adopted)).containsExactly(1, 2);
    assertThat(step(adopted, "FINAL").getInt("version")).isEqualTo(2);
    assertThat(kinds(adopted))
        .as("oldest first; the closing still ahead comes last")
        .containsExactly("CONSULTATION_OPENS", "SHARED", "FINAL", "CONSULTATION_CLOSES");

    HttpResponse<String> read = anyone.get(draft + "/versions/2");
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    JsonObject version = Api.json(read).asJsonObject();
    assertThat(version.getInt("number")).isEqualTo(2);
    assertThat(version.getJsonArray("sections").getJsonObject(1).getString("body"))
        .contains("digital by default");
    assertThat(version.keySet())
        .as("the public sees no author nor the group's note")
        .doesNotContain("author", "authorName", "note");

    JsonObject changes = Api.json(anyone.get(draft + "/changes?from=1&to=2")).asJsonObject();
    assertThat(changes.getJsonArray("sections").getValuesAs(JsonObject.class))
        .filteredOn(s -> s.getString("key").equals("s2"))
        .singleElement()
        .satisfies(s -> assertThat(s.getString("change")).isEqualTo("CHANGED"));
    assertProblem(anyone.get(draft + "/changes?from=1"), 400);
    assertProblem(anyone.get(draft + "/versions/3"), 404);
    assertThat(anyone.get("consultations/draft.xhtml?id=" + id, "text/html").statusCode())
        .isEqualTo(200);
    assertThat(
            anyone
                .get("consultations/changes.xhtml?id=" + id + "&from=1&to=2", "text/html")
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void theDocumentOfAVersionIsPublicWhenTheVersionIs() {
    ConsultationFixtures fixtures = ConsultationFixtures.draft(base, "it-public-document");
    long id = fixtures.draftId();
    byte[] pdf = Documents.pdf("Principles, as adopted");
    HttpResponse<String> uploaded =
        member.sendBytes(
            "PUT",
            "api/drafts/" + id + "/file?baseVersion=1&name=principles.pdf",
            "application/pdf",
            pdf);
    assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
    fixtures.openNow("Document consultation");
    String document = "api/tracker/" + id + "/versions/2/file";
    assertThat(anyone.getBytes(document, "*/*").statusCode())
        .as("version 2 was never sent out")
        .isEqualTo(404);

    assertThat(member.post("api/drafts/" + id + "/final", null).statusCode()).isEqualTo(200);
    HttpResponse<byte[]> file = anyone.getBytes(document, "*/*");
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.body()).isEqualTo(pdf);
    assertThat(file.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/pdf");
    assertThat(file.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(d -> assertThat(d).contains("principles.pdf"));
    JsonObject version = Api.json(anyone.get("api/tracker/" + id + "/versions/2")).asJsonObject();
    assertThat(version.getJsonObject("file").getString("href"))
        .isEqualTo("tracker/" + id + "/versions/2/file");
    assertThat(anyone.getBytes("api/tracker/" + id + "/versions/1/file", "*/*").statusCode())
        .as("version 1 has no document")
        .isEqualTo(404);
  }

  @Test
  void theDemoHandbookShowsItsCoordinationRoundAndConsultation() {
    JsonObject list =
        Api.json(anyone.get("api/tracker?q=handbook%20on%20governance")).asJsonObject();
    long handbook =
        list.getJsonArray("items").getJsonObject(0).getJsonNumber("draftId").longValue();
    JsonObject draft = Api.json(anyone.get("api/tracker/" + handbook)).asJsonObject();
    JsonObject round = step(draft, "COORDINATION_OPENS");
    assertThat(round.getInt("version")).isEqualTo(1);
    assertThat(round.containsKey("deadline")).isTrue();
    assertThat(step(draft, "CONSULTATION_OPENS").getInt("version")).isEqualTo(1);
    assertThat(numbers(draft)).contains(1);
  }

  @Test
  void theTrackerFiltersByWordsAndStageSortsAndExports() {
    long shared = ConsultationFixtures.draft(base, "it-tracker-list-b").draftId();
    long consulted = ConsultationFixtures.draft(base, "it-tracker-list-a").draftId();
    assertThat(member.post("api/drafts/" + shared + "/sharing", null).statusCode()).isEqualTo(200);
    assertThat(member.post("api/drafts/" + consulted + "/sharing", null).statusCode())
        .isEqualTo(200);
    ConsultationFixtures.draft(base, "it-tracker-list-c"); // private: never listed

    assertThat(titles("api/tracker?q=it-tracker-list"))
        .containsExactly("Principles of it-tracker-list-a", "Principles of it-tracker-list-b");
    assertThat(titles("api/tracker?q=GROUP%20IT-TRACKER-LIST-B"))
        .as("words of the group's name, in any case")
        .containsExactly("Principles of it-tracker-list-b");
    assertThat(titles("api/tracker?q=it-tracker-list&sort=-title"))
        .containsExactly("Principles of it-tracker-list-b", "Principles of it-tracker-list-a");
    assertThat(titles("api/tracker?q=it_tracker")).as("_ is no wildcard").isEmpty();
    assertThat(titles("api/tracker?q=it-tracker-list&stage=shared&sort=since")).hasSize(2);
    assertThat(titles("api/tracker?q=it-tracker-list&stage=FINAL")).isEmpty();
    JsonObject counted = Api.json(anyone.get("api/tracker?q=it-tracker-list")).asJsonObject();
    assertThat(counted.getInt("total")).isEqualTo(2);
    assertThat(counted.getJsonArray("items").getJsonObject(0).containsKey("since")).isTrue();
    assertProblem(anyone.get("api/tracker?stage=SOON"), 400, "stage");
    assertProblem(anyone.get("api/tracker?sort=colour"), 400, "sort");

    HttpResponse<String> csv =
        anyone.get("api/tracker/export.csv?q=it-tracker-list&sort=-title", "text/csv");
    assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    List<String> lines = csv.body().lines().toList();
    assertThat(lines.get(0)).startsWith("draft_id,title,drafter,status,stage,since,");
    assertThat(lines).hasSize(3);
    assertThat(lines.get(1))
        .startsWith(shared + ",Principles of it-tracker-list-b,Group it-tracker-list-b,")
        .contains(",SHARED_WITH_DELEGATES,SHARED,")
        .endsWith("/api/tracker/" + shared);
    assertProblem(anyone.get("api/tracker/export.csv?stage=SOON", "text/csv"), 400, "stage");
  }

  private List<String> titles(String path) {
    return Api.itemTexts(anyone.get(path), "title");
  }

  private static List<String> kinds(JsonObject draft) {
    return draft.getJsonArray("trail").getValuesAs(JsonObject.class).stream()
        .map(s -> s.getString("kind"))
        .toList();
  }

  private static List<Integer> numbers(JsonObject draft) {
    return draft.getJsonArray("versions").getValuesAs(JsonObject.class).stream()
        .map(v -> v.getInt("number"))
        .toList();
  }

  private static JsonObject step(JsonObject draft, String kind) {
    return draft.getJsonArray("trail").getValuesAs(JsonObject.class).stream()
        .filter(s -> s.getString("kind").equals(kind))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " in " + draft));
  }

  private static void assertProblem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
  }

  private static void assertProblem(HttpResponse<String> response, int status, String field) {
    assertProblem(response, status);
    assertThat(response.body()).contains("\"" + field + "\"");
  }
}
