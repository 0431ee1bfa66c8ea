package org.plenary.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.plenary.web.it.Api;
import org.plenary.web.it.TestServer;

/**
 * What the server tells whoever asks, and what it lets caches keep: no product and version in a
 * Server header, no /metrics of the JVM and the connection pool, and nothing a signed-in caller is
 * answered kept by any cache (a shared proxy, or the browser's back button after signing out).
 */
class ResponseHeadersIT {
  final URL base = TestServer.url();

  @Test
  void namesNoServerProductAndServesNoMetrics() {
    HttpResponse<String> meetings = Api.anonymous(base).get("api/meetings");
    assertThat(meetings.statusCode()).isEqualTo(200);
    assertThat(meetings.headers().firstValue("Server")).isEmpty();

    HttpResponse<String> metrics = Api.anonymous(base).get("metrics", "text/plain");
    assertThat(metrics.statusCode()).isNotEqualTo(200);
    assertThat(metrics.body()).doesNotContain("connection_pool").doesNotContain("jvm_");
  }

  @Test
  void whatASignedInCallerIsAnsweredIsStoredByNoCache() {
    HttpResponse<String> mine = Api.asDemo(base, "delegate").get("api/me/data");
    HttpResponse<String> desk =
        Api.asDemo(base, "secretariat").get("api/meetings/e-leaders-2019/registrations");
    HttpResponse<String> anonymous = Api.anonymous(base).get("api/meetings");

    for (HttpResponse<String> personal : java.util.List.of(mine, desk)) {
      assertThat(personal.statusCode()).as(personal.body()).isEqualTo(200);
      assertThat(personal.headers().firstValue("Cache-Control")).hasValue("private, no-store");
    }
    assertThat(anonymous.headers().firstValue("Cache-Control").orElse(""))
        .doesNotContain("no-store");
  }
}
