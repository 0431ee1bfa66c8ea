package org.plenary.web.rest.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.web.it.Api;
import org.plenary.web.it.Seed;
import org.plenary.web.it.TestServer;

/**
 * Working groups and their drafts through the REST API: who may read a private draft, numbered
 * versions, a stale save refused with the latest number, sanitized text, sharing with delegates,
 * and the audit trail of membership changes.
 */
class DraftsApiIT {
  final URL base = TestServer.url();

  @Test
  void letsTheTaskForceReadItsPrivateHandbookAndRefusesADelegateOutsideIt() {
    Api member = Api.asDemo(base, "member");
    HttpResponse<String> list = member.get("api/groups/task-force-governance/drafts");
    assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
    JsonObject handbook =
        Api.json(list).asJsonObject().getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .filter(d -> d.getString("title").startsWith("Handbook on Governance"))
            .findFirst()
            .orElseThrow();
    long id = handbook.getJsonNumber("id").longValue();

    HttpResponse<String> read = member.get("api/drafts/" + id);
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    JsonObject draft = Api.json(read).asJsonObject();
    assertThat(draft.getString("group")).isEqualTo("task-force-governance");
    assertThat(draft.getJsonObject("version").getJsonArray("sections")).hasSize(5);
    assertThat(
            draft
                .getJsonObject("version")
                .getJsonArray("sections")
                .getJsonObject(0)
                .getString("heading"))
        .isEqualTo("Introduction");

    // the Handbook is in public consultation (demo data): a private draft of the Task Force
    HttpResponse<String> privateDraft =
        member.post(
            "api/groups/task-force-governance/drafts",
            "{\"title\":\"Private notes\",\"sections\":[{\"heading\":\"Introduction\",\"body\":\"<p>Notes</p>\"}]}");
    assertThat(privateDraft.statusCode()).as(privateDraft.body()).isEqualTo(201);
    id = Api.json(privateDraft).asJsonObject().getJsonNumber("id").longValue();
    HttpResponse<String> refused = Api.asDemo(base, "delegate").get("api/drafts/" + id);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(refused.body()).doesNotContain("Introduction").doesNotContain("Exception");
    assertThat(Api.asDemo(base, "delegate").get("api/drafts/" + id + "/versions/1").statusCode())
        .isEqualTo(403);
    assertThat(Api.anonymous(base).get("api/drafts/" + id).statusCode()).isEqualTo(401);
    assertThat(member.get("api/drafts/" + id + "/versions/999").statusCode()).isEqualTo(404);
    assertThat(member.get("api/drafts/987654321").statusCode()).isEqualTo(404);
  }

  @Test
  void writesNumberedVersionsRefusesAStaleOneAndSharesWithDelegates() throws Exception {
    try (Seed seed = Seed.open()) {
      seed.accounts(
          List.of(
              new Seed.Person("it-drafts-writer", "Wanda Writer"),
              new Seed.Person("it-drafts-colleague", "Colin Colleague"),
              new Seed.Person("it-drafts-outsider", "Otto Outsider")),
          "Delegation of IT drafts",
          "OECD_MEMBER_DELEGATION");
      seed.commit();
    }
    Api secretariat = Api.asDemo(base, "secretariat");
    Api writer = Api.asDemo(base, "it-drafts-writer");
    Api colleague = Api.asDemo(base, "it-drafts-colleague");
    Api outsider = Api.asDemo(base, "it-drafts-outsider");

    HttpResponse<String> created =
        secretariat.post(
            "api/groups",
            "{\"slug\":\"it-api-drafting\",\"name\":\"IT drafting group\",\"kind\":\"WORKING_GROUP\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(
            secretariat
                .put(
                    "api/groups/it-api-drafting/members/it-drafts-writer",
                    "{\"role\":\"COORDINATOR\"}")
                .statusCode())
        .isEqualTo(200);
    HttpResponse<String> members =
        secretariat.put(
            "api/groups/it-api-drafting/members/it-drafts-colleague", "{\"role\":\"MEMBER\"}");
    assertThat(Api.json(members).asJsonObject().getJsonArray("members")).hasSize(2);
    assertThat(
            writer
                .post(
                    "api/groups",
                    "{\"slug\":\"it-not-allowed\",\"name\":\"No\",\"kind\":\"WORKING_GROUP\"}")
                .statusCode())
        .isEqualTo(403);

    HttpResponse<String> started =
        writer.post(
            "api/groups/it-api-drafting/drafts",
            """
            {"title":"Principles on data sharing","note":"first text","sections":[
              {"heading":"Purpose","body":"<p>Share data across government.</p>"},
              {"heading":"Principles","body":"<p>Trust and openness.</p>"}]}
            """);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    long id = Api.json(started).asJsonObject().getJsonNumber("id").longValue();
    assertThat(outsider.get("api/drafts/" + id).statusCode()).isEqualTo(403);

    HttpResponse<String> second =
        colleague.post(
            "api/drafts/" + id + "/versions",
            """
            {"baseVersion":1,"note":"sharper purpose","sections":[
              {"key":"s1","heading":"Purpose","body":"<p>Share public data across all of government.</p>"},
              {"key":"s2","heading":"Principles","body":"<p>Trust and openness.</p>"}]}
            """);
    assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
    assertThat(Api.json(second).asJsonObject().getInt("number")).isEqualTo(2);

    HttpResponse<String> stale =
        writer.post(
            "api/drafts/" + id + "/versions",
            """
            {"baseVersion":1,"sections":[{"key":"s1","heading":"Purpose","body":"<p>Mine</p>"}]}
            """);
    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(Api.json(stale).asJsonObject().getString("code"))
        .isEqualTo("DRAFT_CHANGED_MEANWHILE");
    assertThat(Api.json(stale).asJsonObject().getInt("latestVersion")).isEqualTo(2);

    HttpResponse<String> third =
        writer.post(
            "api/drafts/" + id + "/versions",
            """
            {"baseVersion":2,"sections":[
              {"key":"s1","heading":"Purpose","body":"<p onmouseover=\\"steal()\\">Share data.<script>alert(1)</script></p><a href=\\"javascript:alert(2)\\">x</a>"}]}
            """);
    assertThat(third.statusCode()).as(third.body()).isEqualTo(201);
    String body =
        Api.json(writer.get("api/drafts/" + id + "/versions/3"))
            .asJsonObject()
            .getJsonArray("sections")
            .getJsonObject(0)
            .getString("body");
    assertThat(body).isEqualTo("<p>Share data.</p>x");
    assertThat(
            Api.json(writer.get("api/drafts/" + id + "/versions/1"))
                .asJsonObject()
                .getString("note"))
        .isEqualTo("first text");

    JsonObject changes =
        Api.json(writer.get("api/drafts/" + id + "/changes?from=1&to=3")).asJsonObject();
    assertThat(changes.getJsonArray("sections").getValuesAs(JsonObject.class))
        .extracting(s -> s.getString("change"))
        .containsExactly("CHANGED", "REMOVED");

    assertThat(colleague.post("api/drafts/" + id + "/sharing", null).statusCode()).isEqualTo(403);
    HttpResponse<String> shared = writer.post("api/drafts/" + id + "/sharing", null);
    assertThat(shared.statusCode()).as(shared.body()).isEqualTo(200);
    assertThat(Api.json(shared).asJsonObject().getJsonArray("trail")).hasSize(2);
    HttpResponse<String> read = outsider.get("api/drafts/" + id);
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(Api.json(read).asJsonObject().getString("status"))
        .isEqualTo("SHARED_WITH_DELEGATES");
    assertThat(Api.asDemo(base, "ministry").get("api/drafts/" + id).statusCode()).isEqualTo(403);
    assertThat(writer.post("api/drafts/" + id + "/sharing", null).statusCode()).isEqualTo(422);

    assertThat(colleague.post("api/drafts/" + id + "/final", null).statusCode())
        .as("a member who is not a coordinator")
        .isEqualTo(403);
    HttpResponse<String> adopted = writer.post("api/drafts/" + id + "/final", null);
    assertThat(adopted.statusCode()).as(adopted.body()).isEqualTo(200);
    assertThat(Api.json(adopted).asJsonObject().getString("status")).isEqualTo("FINAL");
    HttpResponse<String> after =
        writer.post(
            "api/drafts/" + id + "/versions",
            """
            {"baseVersion":3,"sections":[{"key":"s1","heading":"Purpose","body":"<p>Later</p>"}]}
            """);
    assertThat(after.statusCode())
        .as("a final draft takes no version: " + after.body())
        .isEqualTo(422);
    assertThat(writer.post("api/drafts/" + id + "/final", null).statusCode()).isEqualTo(422);

    assertThat(
            secretariat
                .delete("api/groups/it-api-drafting/members/it-drafts-colleague")
                .statusCode())
        .isEqualTo(204);
    assertThat(colleague.get("api/drafts/" + id + "/versions/1").statusCode()).isEqualTo(200);
    HttpResponse<String> audit =
        secretariat.get("api/audit?action=group.member&objectType=group&size=100");
    assertThat(audit.body())
        .contains("it-drafts-writer as COORDINATOR")
        .contains("it-drafts-colleague as MEMBER")
        .contains("it-drafts-colleague was MEMBER");
  }
}
