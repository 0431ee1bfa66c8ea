package org.plenary.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.plenary.web.it.Api;
import org.plenary.web.it.TestServer;

/**
 * A control character in a path or query parameter is a 400 problem naming the parameter (a NUL
 * would reach PostgreSQL, which refuses it with an error), while the same request without it is
 * answered; so is a query parameter that is not its type (JAX-RS alone would answer 404).
 */
class ParameterGuardIT {
  final URL base = TestServer.url();
  final Api anyone = Api.anonymous(base);

  @Test
  void refusesAControlCharacterInAPathParameterNamingIt() {
    // (An encoded NUL in the path is refused by the HTTP listener itself, before Plenary.)
    HttpResponse<String> response = anyone.get("api/meetings/e-leaders%012019", "application/json");

    assertThat(error(response)).isEqualTo("id");
    assertThat(anyone.get("api/meetings/e-leaders-2019", "application/json").statusCode())
        .isEqualTo(200);
  }

  @Test
  void refusesALoneSurrogateInAQueryParameterNamingIt() {
    HttpResponse<String> response = anyone.get("api/search?q=half%ED%A0%80", "application/json");
    HttpResponse<String> nul = anyone.get("api/search?q=before%00after", "application/json");

    assertThat(error(nul)).isEqualTo("q");
    assertThat(response.statusCode()).as(response.body()).isLessThan(500);
    assertThat(anyone.get("api/search?q=handbook", "application/json").statusCode()).isEqualTo(200);
  }

  @Test
  void refusesAQueryParameterThatIsNotItsTypeNamingIt() {
    assertThat(error(anyone.get("api/meetings?size=abc", "application/json"))).isEqualTo("size");
    assertThat(error(anyone.get("api/meetings?first=99999999999", "application/json")))
        .isEqualTo("first");
    assertThat(anyone.get("api/meetings?size=5", "application/json").statusCode()).isEqualTo(200);
  }

  private static String error(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    JsonObject problem = Api.json(response).asJsonObject();
    return problem.getJsonArray("errors").getJsonObject(0).getString("field");
  }
}
