package org.plenary.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.plenary.web.it.Api;
import org.plenary.web.it.TestServer;

/**
 * What a client gets wrong is answered as a problem naming the field, and is not logged by the
 * container as a failure: a service bean that refuses its arguments would otherwise leave a warning
 * with a whole stack trace in the log an operator reads for real failures, one per bad request.
 */
class QuietRefusalsIT {
  static final String SYSTEM_EXCEPTION = "A system exception occurred";

  final URL base = TestServer.url();
  final Api secretariat = Api.asDemo(base, "secretariat");

  @Test
  void aPageSizeOutOfRangeOfAResourceThatIsASessionBean() {
    assertRefusedQuietly(() -> secretariat.get("api/audit?size=0"), "size");
  }

  @Test
  void anAgendaEditWithoutTheVersionItWasBasedOn() {
    assertRefusedQuietly(
        () -> secretariat.delete("api/planning/meetings/e-leaders-2019"), "version");
    assertThat(secretariat.get("api/planning/meetings/e-leaders-2019").statusCode())
        .as("the meeting is still there")
        .isEqualTo(200);
  }

  @Test
  void aCoordinationRoundThatBreaksTheServicesConstraints() {
    assertRefusedQuietly(
        () -> Api.asDemo(base, "ministry").post("api/coordination/rounds", "{}"), "draftId");
  }

  @Test
  void aGroupWhoseNameBreaksTheServicesConstraints() {
    assertRefusedQuietly(
        () ->
            secretariat.post(
                "api/groups", "{\"slug\":\"Not A Slug\",\"name\":\"n\",\"kind\":\"TASK_FORCE\"}"),
        "slug");
  }

  @Test
  void optionsAnswersTheAllowedMethodsToAnyoneWithoutAnAlarm() {
    long mark = TestServer.logLength();

    for (Api caller : new Api[] {Api.anonymous(base), Api.asDemo(base, "delegate")}) {
      HttpResponse<String> options = caller.send("OPTIONS", "api/tracker", null);
      assertThat(options.statusCode()).as(options.body()).isBetween(200, 204);
      assertThat(options.headers().firstValue("Allow"))
          .hasValueSatisfying(allow -> assertThat(allow).contains("GET").contains("OPTIONS"));
    }
    HttpResponse<String> groups = Api.anonymous(base).send("OPTIONS", "api/groups", null);
    assertThat(groups.headers().firstValue("Allow"))
        .hasValueSatisfying(allow -> assertThat(allow).contains("POST"));
    assertThat(Api.anonymous(base).get("api/groups").statusCode())
        .as("the methods themselves stay refused")
        .isEqualTo(401);

    assertThat(TestServer.loggedSince(mark)).doesNotContain("No callers declared");
  }

  private static void assertRefusedQuietly(Supplier<HttpResponse<String>> request, String field) {
    long mark = TestServer.logLength();

    HttpResponse<String> response = request.get();

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    JsonObject problem = Api.json(response).asJsonObject();
    assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(error -> error.getString("field"))
        .contains(field);
    assertThat(TestServer.loggedSince(mark)).doesNotContain(SYSTEM_EXCEPTION);
  }
}
