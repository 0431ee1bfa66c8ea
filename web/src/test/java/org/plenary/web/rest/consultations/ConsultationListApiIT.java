package org.plenary.web.rest.consultations;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.web.it.Api;
import org.plenary.web.it.TestServer;

/**
 * The public list of consultations through the REST API: words of the title or drafter (typed
 * wildcards match themselves), the status by the server's clock, sorting, and refusals naming the
 * parameter.
 */
class ConsultationListApiIT {
  final URL base = TestServer.url();

  @Test
  void findsConsultationsByWordsAndStatusAndSortsThem() {
    ConsultationFixtures fixtures = ConsultationFixtures.draft(base, "it-list-api");
    LocalDateTime now =
        LocalDateTime.now(ZoneId.of(ConsultationFixtures.ZONE)).truncatedTo(ChronoUnit.MINUTES);
    fixtures.openNow("Zyxlist zeta 50% e_gov");
    fixtures.closed("Zyxlist alpha 501 eagov");
    fixtures.open("Zyxlist mu planned", now.plusDays(10), now.plusDays(40));

    assertThat(titles("q=zyxlist&sort=title"))
        .containsExactly("Zyxlist alpha 501 eagov", "Zyxlist mu planned", "Zyxlist zeta 50% e_gov");
    assertThat(titles("q=ZYXLIST&sort=-title"))
        .containsExactly("Zyxlist zeta 50% e_gov", "Zyxlist mu planned", "Zyxlist alpha 501 eagov");
    assertThat(titles("q=zyxlist"))
        .as("closing last first")
        .containsExactly("Zyxlist mu planned", "Zyxlist zeta 50% e_gov", "Zyxlist alpha 501 eagov");
    assertThat(titles("q=zyxlist&status=open")).containsExactly("Zyxlist zeta 50% e_gov");
    assertThat(titles("q=zyxlist&status=CLOSED")).containsExactly("Zyxlist alpha 501 eagov");
    assertThat(titles("q=zyxlist&status=PLANNED")).containsExactly("Zyxlist mu planned");
    assertThat(titles("q=zyxlist&status=REPORT_PUBLISHED")).isEmpty();
    assertThat(titles("q=" + encoded("zyxlist zeta 50%")))
        .containsExactly("Zyxlist zeta 50% e_gov");
    assertThat(titles("q=" + encoded("50%")))
        .as("% is a character")
        .contains("Zyxlist zeta 50% e_gov")
        .doesNotContain("Zyxlist alpha 501 eagov");
    assertThat(titles("q=" + encoded("e_gov")))
        .as("_ is a character")
        .containsExactly("Zyxlist zeta 50% e_gov");
    JsonObject drafter =
        Api.json(Api.anonymous(base).get("api/consultations?q=" + encoded("Group it-list-api")))
            .asJsonObject();
    assertThat(drafter.getInt("total")).as("the drafter's name is searched too").isEqualTo(3);

    assertRefused("status=SOON", "status");
    assertRefused("sort=colour", "sort");
  }

  private List<String> titles(String query) {
    HttpResponse<String> response = Api.anonymous(base).get("api/consultations?" + query);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonObject page = Api.json(response).asJsonObject();
    List<String> titles =
        page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .map(c -> c.getString("title"))
            .toList();
    assertThat(page.getInt("total")).isEqualTo(titles.size());
    return titles;
  }

  private void assertRefused(String query, String field) {
    HttpResponse<String> refused = Api.anonymous(base).get("api/consultations?" + query);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("\"" + field + "\"");
  }

  private static String encoded(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
