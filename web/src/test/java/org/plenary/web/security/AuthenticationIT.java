package org.plenary.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.plenary.web.it.Api;
import org.plenary.web.it.TestServer;

/** Who may call what: HTTP Basic against the account table, roles, and refusals as problems. */
class AuthenticationIT {
  final URL base = TestServer.url();

  @Test
  void letsTheSecretariatReadTheAuditLogWithBasicAuthentication() {
    HttpResponse<String> response =
        Api.asDemo(base, "secretariat").get("api/audit?action=account.opened");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject page = Api.json(response).asJsonObject();
    assertThat(page.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(4);
    assertThat(page.getJsonArray("entries").getJsonObject(0).getString("action"))
        .isEqualTo("account.opened");
    assertThat(response.headers().firstValue("Set-Cookie"))
        .as("REST calls open no session")
        .isEmpty();
  }

  @Test
  void refusesADelegateTheAuditLogWithAProblem() {
    HttpResponse<String> response = Api.asDemo(base, "delegate").get("api/audit");

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(Api.json(response).asJsonObject().getInt("status")).isEqualTo(403);
  }

  @Test
  void asksAnonymousCallersToAuthenticate() {
    HttpResponse<String> response = Api.anonymous(base).get("api/audit");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
    assertThat(Api.json(response).asJsonObject().getString("title")).isEqualTo("Unauthorized");
  }

  @Test
  void refusesAWrongPasswordWithoutSayingWhichPartWasWrong() {
    HttpResponse<String> response =
        Api.as(base, "secretariat", "not-the-password").get("api/audit");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).doesNotContain("password is wrong").doesNotContain("unknown user");
  }

  @Test
  void sendsAnonymousBrowsersFromSecretariatPagesToTheLoginPage() {
    HttpResponse<String> response =
        Api.anonymous(base).get("secretariat/audit/list.xhtml", "text/html");

    assertThat(response.statusCode()).isBetween(302, 303);
    assertThat(response.headers().firstValue("Location"))
        .hasValueSatisfying(
            location ->
                assertThat(location)
                    .contains("/login.xhtml?from=%2Fsecretariat%2Faudit%2Flist.xhtml"));
  }

  @Test
  void issuesSessionCookiesThatScriptsCannotReadAndOtherSitesCannotSend() {
    HttpResponse<String> response = Api.anonymous(base).get("login.xhtml", "text/html");

    assertThat(response.headers().allValues("Set-Cookie"))
        .anySatisfy(
            cookie ->
                assertThat(cookie)
                    .startsWith("JSESSIONID=")
                    .containsIgnoringCase("HttpOnly")
                    .containsIgnoringCase("SameSite=Lax"));
  }

  @Test
  void answersAnUnknownApiAddressWithANotFoundProblem() {
    HttpResponse<String> response = Api.anonymous(base).get("api/no-such-thing");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
  }
}
