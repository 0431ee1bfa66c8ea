package org.plenary.web.rest.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.web.it.Api;
import org.plenary.web.it.Seed;
import org.plenary.web.it.TestMail;
import org.plenary.web.it.TestServer;

/**
 * Comments of a group on its draft through the REST API: a thread on a section and one on a quoted
 * passage, a reply, resolving and reopening by the author or a coordinator only, threads that stay
 * with their section in later versions, and outsiders refused even once the draft is shared with
 * them.
 */
class DraftCommentsApiIT {
  final URL base = TestServer.url();

  @Test
  void commentsOnASectionAndAPassageRepliesResolvesAndKeepsThreadsOnLaterVersions()
      throws Exception {
    try (Seed seed = Seed.open()) {
      seed.accounts(
          List.of(
              new Seed.Person("it-comments-lead", "Lea Lead"),
              new Seed.Person("it-comments-member", "Mo Member"),
              new Seed.Person("it-comments-other", "Ola Other"),
              new Seed.Person("it-comments-outsider", "Out Sider")),
          "Delegation of IT comments",
          "OECD_MEMBER_DELEGATION");
      seed.commit();
    }
    Api secretariat = Api.asDemo(base, "secretariat");
    assertThat(
            secretariat
                .post(
                    "api/groups",
                    "{\"slug\":\"it-comments\",\"name\":\"IT comments\",\"kind\":\"WORKING_GROUP\"}")
                .statusCode())
        .isEqualTo(201);
    secretariat.put(
        "api/groups/it-comments/members/it-comments-lead", "{\"role\":\"COORDINATOR\"}");
    secretariat.put("api/groups/it-comments/members/it-comments-member", "{\"role\":\"MEMBER\"}");
    secretariat.put("api/groups/it-comments/members/it-comments-other", "{\"role\":\"MEMBER\"}");
    Api lead = Api.asDemo(base, "it-comments-lead");
    Api member = Api.asDemo(base, "it-comments-member");
    Api other = Api.asDemo(base, "it-comments-other");
    Api outsider = Api.asDemo(base, "it-comments-outsider");
    HttpResponse<String> started =
        lead.post(
            "api/groups/it-comments/drafts",
            """
            {"title":"Recommendation on open data","sections":[
              {"heading":"Scope","body":"<p>Open <em>government</em> data for all.</p>"},
              {"heading":"Principles","body":"<p>Open by default.</p>"}]}
            """);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    long id = Api.json(started).asJsonObject().getJsonNumber("id").longValue();
    String comments = "api/drafts/" + id + "/comments";

    HttpResponse<String> onSection =
        member.post(comments, "{\"version\":1,\"section\":\"s2\",\"text\":\"Too short?\"}");
    assertThat(onSection.statusCode()).as(onSection.body()).isEqualTo(201);
    JsonObject thread = Api.json(onSection).asJsonObject();
    long threadId = thread.getJsonNumber("id").longValue();
    assertThat(thread.getString("section")).isEqualTo("s2");
    assertThat(thread.getString("state")).isEqualTo("OPEN");
    assertThat(thread.getString("authorName")).isEqualTo("Mo Member");

    HttpResponse<String> onPassage =
        other.post(
            comments,
            "{\"version\":1,\"section\":\"s1\",\"quote\":\"government data\",\"text\":\"<b>Whose</b> data?\"}");
    assertThat(onPassage.statusCode()).as(onPassage.body()).isEqualTo(201);
    JsonObject passage = Api.json(onPassage).asJsonObject();
    assertThat(passage.getString("quote")).isEqualTo("government data");
    assertThat(passage.getInt("quoteStart")).isEqualTo(5);
    assertThat(passage.getInt("quoteEnd")).isEqualTo(20);
    assertThat(passage.getString("text")).isEqualTo("<b>Whose</b> data?");

    HttpResponse<String> notThere =
        other.post(
            comments,
            "{\"version\":1,\"section\":\"s1\",\"quote\":\"closed data\",\"text\":\"?\"}");
    assertThat(notThere.statusCode()).isEqualTo(422);
    assertThat(Api.json(notThere).asJsonObject().getString("code"))
        .isEqualTo("PASSAGE_NOT_IN_SECTION");
    assertThat(
            Api.json(member.post(comments, "{\"version\":1,\"section\":\"s7\",\"text\":\"?\"}"))
                .asJsonObject()
                .getString("code"))
        .isEqualTo("UNKNOWN_SECTION");
    assertThat(member.post(comments, "{\"section\":\"s1\",\"text\":\"?\"}").statusCode())
        .isEqualTo(400);

    HttpResponse<String> optIn =
        member.put("api/me/notifications/settings", "{\"byEmail\":true,\"language\":\"fr\"}");
    assertThat(optIn.statusCode()).as(optIn.body()).isEqualTo(200);
    HttpResponse<String> reply =
        other.post(comments + "/" + threadId + "/replies", "{\"text\":\"Add an example.\"}");
    assertThat(reply.statusCode()).as(reply.body()).isEqualTo(201);

    JsonObject told = Api.json(member.get("api/me/notifications")).asJsonObject();
    assertThat(told.getInt("unread")).isEqualTo(1);
    JsonObject replied = told.getJsonArray("items").getJsonObject(0);
    assertThat(replied.getString("kind")).isEqualTo("COMMENT_REPLY");
    assertThat(replied.getString("actorName")).isEqualTo("Ola Other");
    assertThat(replied.getJsonNumber("draft").longValue()).isEqualTo(id);
    MimeMessage mail =
        TestMail.await(
            Seed.email("it-comments-member"),
            "Réponse à votre commentaire sur Recommendation on open data",
            Duration.ofSeconds(30));
    assertThat(TestMail.text(mail))
        .contains("Ola Other a répondu")
        .contains("groups/draft.xhtml?draft=" + id);
    assertThat(Api.json(other.get("api/me/notifications")).asJsonObject().getInt("total"))
        .as("who replies is not told about their own reply")
        .isZero();
    assertThat(
            member
                .post("api/me/notifications/" + replied.getJsonNumber("id") + "/read", null)
                .statusCode())
        .isEqualTo(200);
    assertThat(
            other
                .post("api/me/notifications/" + replied.getJsonNumber("id") + "/read", null)
                .statusCode())
        .as("someone else's notification")
        .isEqualTo(404);
    assertThat(Api.json(member.get("api/me/notifications")).asJsonObject().getInt("unread"))
        .isZero();

    HttpResponse<String> byOther =
        other.put(comments + "/" + threadId + "/state", "{\"state\":\"RESOLVED\"}");
    assertThat(byOther.statusCode()).isEqualTo(403);
    assertThat(Api.json(byOther).asJsonObject().getString("code")).isEqualTo("MAY_NOT_RESOLVE");
    HttpResponse<String> resolved =
        member.put(comments + "/" + threadId + "/state", "{\"state\":\"RESOLVED\"}");
    assertThat(resolved.statusCode()).as(resolved.body()).isEqualTo(200);
    assertThat(Api.json(resolved).asJsonObject().getString("state")).isEqualTo("RESOLVED");
    HttpResponse<String> reopened =
        lead.put(comments + "/" + threadId + "/state", "{\"state\":\"OPEN\"}");
    assertThat(Api.json(reopened).asJsonObject().getString("state")).isEqualTo("OPEN");
    assertThat(lead.put(comments + "/" + threadId + "/state", "{\"state\":\"GONE\"}").statusCode())
        .isEqualTo(400);

    HttpResponse<String> second =
        lead.post(
            "api/drafts/" + id + "/versions",
            """
            {"baseVersion":1,"sections":[
              {"key":"s2","heading":"Principles","body":"<p>Open by default, with examples.</p>"},
              {"key":"s1","heading":"Scope","body":"<p>Open government data for all.</p>"}]}
            """);
    assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
    List<JsonObject> versionNews =
        Api.json(other.get("api/me/notifications"))
            .asJsonObject()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class);
    assertThat(versionNews)
        .extracting(n -> n.getString("kind"), n -> n.getInt("version"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("DRAFT_VERSION", 2));
    assertThat(Api.json(lead.get("api/me/notifications")).asJsonObject().getInt("total"))
        .as("the author of a version is not told about it")
        .isZero();
    TestMail.await(
        Seed.email("it-comments-member"),
        "Nouvelle version de Recommendation on open data",
        Duration.ofSeconds(30));
    HttpResponse<String> onLater =
        lead.post(comments, "{\"version\":2,\"section\":\"s2\",\"text\":\"Better.\"}");
    assertThat(onLater.statusCode()).isEqualTo(201);

    HttpResponse<String> list = member.get(comments + "?first=0&size=10");
    assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
    JsonObject page = Api.json(list).asJsonObject();
    assertThat(page.getInt("total")).isEqualTo(3);
    List<JsonObject> items = page.getJsonArray("items").getValuesAs(JsonObject.class);
    assertThat(items).extracting(t -> t.getString("section")).containsExactly("s2", "s1", "s2");
    assertThat(items).extracting(t -> t.getInt("version")).containsExactly(1, 1, 2);
    assertThat(items.get(0).getJsonArray("replies").getValuesAs(JsonObject.class))
        .extracting(r -> r.getString("text"))
        .containsExactly("Add an example.");
    assertThat(items.get(0).getString("state")).isEqualTo("OPEN");

    HttpResponse<String> refused = outsider.get(comments);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).doesNotContain("Too short");
    assertThat(
            outsider
                .post(comments, "{\"version\":1,\"section\":\"s1\",\"text\":\"Hi\"}")
                .statusCode())
        .isEqualTo(403);
    assertThat(lead.post("api/drafts/" + id + "/sharing", null).statusCode()).isEqualTo(200);
    assertThat(Api.asDemo(base, "delegate").get("api/drafts/" + id).statusCode()).isEqualTo(200);
    assertThat(Api.asDemo(base, "delegate").get(comments).statusCode())
        .as("comments stay inside the group once the draft is shared")
        .isEqualTo(403);
    assertThat(
            outsider
                .post(comments + "/" + threadId + "/replies", "{\"text\":\"Me too\"}")
                .statusCode())
        .isEqualTo(403);
    assertThat(secretariat.get(comments).statusCode()).isEqualTo(200);
    assertThat(Api.anonymous(base).get(comments).statusCode()).isEqualTo(401);
    assertThat(member.get("api/drafts/987654321/comments").statusCode()).isEqualTo(404);
  }
}
