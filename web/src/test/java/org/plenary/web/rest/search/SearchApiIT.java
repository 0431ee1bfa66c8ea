package org.plenary.web.rest.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.web.it.Api;
import org.plenary.web.it.TestServer;
import org.plenary.web.rest.consultations.ConsultationFixtures;

/**
 * Searching documents under consideration and their comments: a comment is found by a word in it,
 * with the word marked in an escaped snippet and no personal data; hidden and unconfirmed comments
 * are not found; filters narrow the results; a section of a consulted document is found too.
 */
class SearchApiIT {
  final URL base = TestServer.url();

  @Test
  void findsACommentByAWordInIt() {
    long id = ConsultationFixtures.draft(base, "it-search-word").openNow("Search by word");
    Api delegate = Api.asDemo(base, "delegate");
    long found =
        post(
            delegate,
            id,
            "Interoperability needs a <b>zorbulator</b> registry & more.",
            "public_authority");
    long hidden = post(delegate, id, "The quixplendent idea is off-topic.", "citizen");
    HttpResponse<String> hiding =
        Api.asDemo(base, "member")
            .post(
                "api/consultations/" + id + "/comments/" + hidden + "/hiding",
                "{\"reason\":\"Off-topic\"}");
    assertThat(hiding.statusCode()).as(hiding.body()).isEqualTo(200);
    HttpResponse<String> unconfirmed =
        Api.anonymous(base)
            .post(
                "api/consultations/" + id + "/comments",
                """
                {"text":"Unconfirmed zorbulator text.","name":"Una Known",
                 "email":"it-search-word@example.org","category":"citizen","country":"FR"}
                """);
    assertThat(unconfirmed.statusCode()).as(unconfirmed.body()).isEqualTo(201);

    JsonObject result = search("api/search?q=Zorbulator");
    assertThat(result.getJsonNumber("total").longValue()).isEqualTo(1);
    JsonObject hit = result.getJsonArray("items").getJsonObject(0);
    assertThat(hit.getString("kind")).isEqualTo("COMMENT");
    assertThat(hit.getJsonNumber("commentId").longValue()).isEqualTo(found);
    assertThat(hit.getJsonNumber("consultationId").longValue()).isEqualTo(id);
    assertThat(hit.getString("snippet"))
        .contains("<mark>zorbulator</mark>")
        .contains("&amp;")
        .doesNotContain("<b>");
    assertThat(hit.getString("category")).isEqualTo("public_authority");
    assertThat(hit.toString()).doesNotContain("@").doesNotContain("Mari Tamm");

    assertThat(search("api/search?q=quixplendent").getJsonNumber("total").longValue()).isZero();
    assertThat(
            search("api/search?q=zorbulator&category=citizen").getJsonNumber("total").longValue())
        .isZero();
    assertThat(
            search("api/search?q=zorbulator&country=ee&status=open")
                .getJsonNumber("total")
                .longValue())
        .isEqualTo(1);
    assertThat(search("api/search?q=zorbulator&status=closed").getJsonNumber("total").longValue())
        .isZero();
  }

  @Test
  void findsASectionOfAConsultedDocumentAndRanksTheBetterMatchFirst() {
    long id = ConsultationFixtures.draft(base, "it-search-doc").openNow("Search documents");
    Api delegate = Api.asDemo(base, "delegate");
    post(delegate, id, "Inclusion, inclusion and again inclusion of everyone.", "ngo");

    JsonObject result = search("api/search?q=inclusion&group=it-search-doc");
    List<JsonObject> items = result.getJsonArray("items").getValuesAs(JsonObject.class);
    assertThat(items).extracting(i -> i.getString("kind")).contains("DOCUMENT", "COMMENT");
    JsonObject document =
        items.stream()
            .filter(i -> i.getString("kind").equals("DOCUMENT"))
            .findFirst()
            .orElseThrow();
    assertThat(document.getInt("section")).isEqualTo(2);
    assertThat(document.getString("heading")).isEqualTo("Principles");
    assertThat(document.getString("snippet")).contains("<mark>").doesNotContain("<p>");
    assertThat(items.get(0).getString("kind")).isEqualTo("COMMENT");
  }

  @Test
  void refusesASearchWithoutWordsOrWithABadFilter() {
    Api anonymous = Api.anonymous(base);
    HttpResponse<String> empty = anonymous.get("api/search?q=%20");
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(empty.body()).contains("\"q\"");
    assertThat(anonymous.get("api/search?q=x&status=later").statusCode()).isEqualTo(400);
    assertThat(anonymous.get("api/search?q=x&from=yesterday").statusCode()).isEqualTo(400);
  }

  private JsonObject search(String path) {
    HttpResponse<String> response = Api.anonymous(base).get(path);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Api.json(response).asJsonObject();
  }

  private static long post(Api api, long id, String text, String category) {
    HttpResponse<String> posted =
        api.post(
            "api/consultations/" + id + "/comments",
            Json.createObjectBuilder()
                .add("text", text)
                .add("category", category)
                .add("country", "EE")
                .build()
                .toString());
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
    return Api.json(posted).asJsonObject().getJsonNumber("id").longValue();
  }
}
