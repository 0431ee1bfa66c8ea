package org.plenary.web.rest.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.web.it.Api;
import org.plenary.web.it.TestServer;
import org.plenary.web.rest.consultations.ConsultationFixtures;

/** The public draft tracker: public drafts with where they stand, never private working drafts. */
class TrackerApiIT {
  final URL base = TestServer.url();

  @Test
  void showsADraftInConsultationWithItsConsultationAndLeavesPrivateDraftsOut() {
    ConsultationFixtures inConsultation = ConsultationFixtures.draft(base, "it-tracker-public");
    long consultation = inConsultation.openNow("Tracked consultation");
    ConsultationFixtures working = ConsultationFixtures.draft(base, "it-tracker-private");

    List<JsonObject> drafts = all();
    JsonObject tracked =
        drafts.stream()
            .filter(d -> d.getJsonNumber("draftId").longValue() == inConsultation.draftId())
            .findFirst()
            .orElseThrow();
    assertThat(tracked.getString("title")).isEqualTo("Principles of it-tracker-public");
    assertThat(tracked.getString("stage")).isEqualTo("IN_CONSULTATION");
    assertThat(tracked.getString("drafter")).isEqualTo("Group it-tracker-public");
    JsonObject consulted = tracked.getJsonObject("consultation");
    assertThat(consulted.getJsonNumber("id").longValue()).isEqualTo(consultation);
    assertThat(consulted.getString("status")).isEqualTo("OPEN");
    assertThat(drafts).noneMatch(d -> d.getJsonNumber("draftId").longValue() == working.draftId());

    JsonObject handbook =
        drafts.stream()
            .filter(d -> d.getString("title").contains("Handbook on Governance"))
            .findFirst()
            .orElseThrow();
    assertThat(handbook.getString("stage")).isEqualTo("IN_CONSULTATION");
    assertThat(handbook.containsKey("coordination")).isTrue();
  }

  @Test
  void followsTheDemoEasdPrinciplesToTheirPublishedReportWithEveryCommentAnswered() {
    JsonObject easd =
        all().stream()
            .filter(d -> d.getString("title").contains("(EASD)"))
            .findFirst()
            .orElseThrow();
    assertThat(easd.getString("stage")).isEqualTo("IN_CONSULTATION");
    JsonObject consultation = easd.getJsonObject("consultation");
    assertThat(consultation.getString("status")).isEqualTo("REPORT_PUBLISHED");
    long id = consultation.getJsonNumber("id").longValue();

    HttpResponse<String> report =
        Api.anonymous(base).get("api/consultations/" + id + "/report.csv", "text/csv");
    assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
    List<String> rows = report.body().lines().skip(1).toList();
    assertThat(rows).hasSize(3);
    assertThat(String.join("\n", rows))
        .contains("ACCEPTED", "PARTLY_ACCEPTED", "NOTED", "re-use by businesses and researchers");

    JsonObject progress =
        Api.json(Api.anonymous(base).get("api/tracker/" + easd.getJsonNumber("draftId")))
            .asJsonObject();
    assertThat(progress.toString()).contains("REPORT_PUBLISHED");
  }

  private List<JsonObject> all() {
    List<JsonObject> drafts = new ArrayList<>();
    int first = 0;
    while (true) {
      HttpResponse<String> page =
          Api.anonymous(base).get("api/tracker?first=" + first + "&size=500");
      assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
      List<JsonObject> items =
          Api.json(page).asJsonObject().getJsonArray("items").getValuesAs(JsonObject.class);
      drafts.addAll(items);
      if (items.size() < 500) {
        return drafts;
      }
      first += 500;
    }
  }
}
