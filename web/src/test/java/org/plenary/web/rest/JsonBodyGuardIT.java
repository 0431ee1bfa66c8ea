package org.plenary.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.plenary.web.it.Api;
import org.plenary.web.it.TestServer;

/**
 * Bodies the API refuses before binding them, each as a problem a client can act on: a NUL in a
 * text names the field, a body over the limit is 413, malformed and too deep JSON are 400, and a
 * body that is only null is a missing one.
 */
class JsonBodyGuardIT {
  final URL base = TestServer.url();
  final Api secretariat = Api.asDemo(base, "secretariat");

  @Test
  void refusesANulInATextNamingTheFieldAndStoresNothing() {
    HttpResponse<String> response =
        secretariat.post(
            "api/groups",
            Json.createObjectBuilder()
                .add("slug", "it-guard-nul")
                .add("name", "Before \u0000 after")
                .add("kind", "TASK_FORCE")
                .build()
                .toString());

    JsonObject problem = problem(response, 400);
    assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("name");
    assertThat(secretariat.get("api/groups/it-guard-nul").statusCode()).isEqualTo(404);
  }

  @Test
  void refusesABodyThatIsOnlyNullAsAMissingOne() {
    for (String path :
        new String[] {"api/planning/meetings", "api/groups", "api/coordination/rounds"}) {
      JsonObject problem = problem(secretariat.post(path, "null"), 400);
      assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field"))
          .as(path)
          .isEqualTo("body");
    }
    JsonObject edit =
        problem(secretariat.put("api/planning/meetings/e-leaders-2019", " null "), 400);
    assertThat(edit.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("body");
  }

  @Test
  void refusesANumberThatIsNotAWholeNumberWithinAnIntNamingItsField() {
    String capacity = "api/meetings/e-leaders-2019/social-event/capacity";
    JsonObject wrapped = problem(secretariat.put(capacity, "{\"seats\":4294967346}"), 400);
    assertThat(wrapped.getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("seats");
    JsonObject cut =
        problem(
            Api.asDemo(base, "delegate")
                .put("api/me/feedback/sessions/e-leaders-2019/i3", "{\"rating\":4.5}"),
            400);
    assertThat(cut.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("rating");
  }

  @Test
  void refusesAValueOfAnotherTypeNamingItsField() {
    String capacity = "api/meetings/e-leaders-2019/social-event/capacity";
    JsonObject text = problem(secretariat.put(capacity, "{\"seats\":\"many\"}"), 400);
    assertThat(text.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("seats");
    JsonObject object = problem(secretariat.put(capacity, "{\"seats\":{\"n\":3}}"), 400);
    assertThat(object.getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("seats");
  }

  @Test
  void refusesALoneSurrogateInANestedText() {
    HttpResponse<String> response =
        secretariat.post(
            "api/coordination/rounds",
            "{\"draftId\":1,\"bodies\":[{\"note\":\"broken \\ud800 half\"}]}");

    JsonObject problem = problem(response, 400);
    assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("note");
  }

  @Test
  void refusesABodyOverTheLimitWith413() {
    HttpResponse<String> response =
        secretariat.post("api/coordination/rounds", "{\"a\":\"" + "y".repeat(3_000_000) + "\"}");

    assertThat(problem(response, 413).getString("code")).isEqualTo("BODY_TOO_LARGE");
  }

  @Test
  void refusesABodyOverTheLimitWith413EvenWhereTheOperationReadsNoBody() {
    String oversized = "{\"a\":\"" + "y".repeat(3_000_000) + "\"}";

    HttpResponse<String> response = secretariat.post("api/privacy/expiry", oversized);

    assertThat(problem(response, 413).getString("code")).isEqualTo("BODY_TOO_LARGE");
    assertThat(secretariat.post("api/coordination/rounds", "{\"a\": ").statusCode())
        .as("the next request on the same client")
        .isEqualTo(400);
  }

  @Test
  void refusesMalformedAndTooDeepJsonWith400() {
    JsonObject malformed = problem(secretariat.post("api/coordination/rounds", "{\"a\": "), 400);
    JsonObject deep =
        problem(
            secretariat.post(
                "api/coordination/rounds",
                "{\"a\":" + "[".repeat(20_000) + "]".repeat(20_000) + "}"),
            400);

    assertThat(malformed.getString("code")).isEqualTo("BODY_NOT_JSON");
    assertThat(malformed.getString("detail")).contains("line 1");
    assertThat(deep.getString("code")).isEqualTo("BODY_TOO_DEEP");
  }

  private static JsonObject problem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    return Api.json(response).asJsonObject();
  }
}
