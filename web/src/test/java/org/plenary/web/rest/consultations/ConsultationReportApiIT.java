package org.plenary.web.rest.consultations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.web.it.Api;
import org.plenary.web.it.Documents;
import org.plenary.web.it.Seed;
import org.plenary.web.it.TestServer;

/**
 * Opening a consultation only once the draft's coordination has no unsettled fundamental objection;
 * the report seen by the drafter alone until it is published after the closing, then by everyone as
 * CSV (formula-escaped) and PDF (accented letters kept); comments refused afterwards.
 */
class ConsultationReportApiIT {
  private static final String ROUNDS = "api/coordination/rounds";

  final URL base = TestServer.url();

  @Test
  void refusesToOpenAConsultationWhileAFundamentalObjectionIsUnsettled() throws Exception {
    long ministry;
    try (Seed seed = Seed.open()) {
      seed.accounts(
          List.of(new Seed.Person("it-rep-min-1", "Official of reports")),
          "IT Ministry of Reports",
          "MINISTRY");
      seed.execute(
          "update account_role set role = 'MINISTRY' where account_id ="
              + " (select id from account where username = ?)",
          "it-rep-min-1");
      seed.commit();
      ministry =
          seed.number("select id from organisation where name = ?", "IT Ministry of Reports");
    }
    ConsultationFixtures draft = ConsultationFixtures.draft(base, "it-rep-unsettled");
    Api secretariat = Api.asDemo(base, "secretariat");
    // the secretariat, drafter of the round, observes the group to read its private draft
    assertThat(
            secretariat
                .put("api/groups/it-rep-unsettled/members/secretariat", "{\"role\":\"OBSERVER\"}")
                .statusCode())
        .isEqualTo(200);
    HttpResponse<String> started =
        secretariat.post(
            ROUNDS,
            "{\"draftId\":"
                + draft.draftId()
                + ",\"draftVersion\":1,\"bodies\":["
                + ministry
                + "],\"opensAt\":\""
                + LocalDate.now().minusDays(5)
                + "T09:00:00\",\"timeZone\":\"Europe/Tallinn\",\"jurisdiction\":\"EE\"}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    long round = Api.json(started).asJsonObject().getJsonNumber("id").longValue();
    HttpResponse<String> position =
        Api.asDemo(base, "it-rep-min-1")
            .post(
                ROUNDS + "/" + round + "/positions",
                "{\"position\":\"DO_NOT_APPROVE\",\"remarks\":[{\"kind\":\"FUNDAMENTAL\","
                    + "\"section\":\"s2\",\"text\":\"No budget.\"}]}");
    assertThat(position.statusCode()).as(position.body()).isEqualTo(201);
    long entry = Api.json(position).asJsonObject().getJsonNumber("id").longValue();

    HttpResponse<String> refused =
        Api.asDemo(base, "member").post("api/consultations", body(draft));
    assertProblem(refused, 422, "COORDINATION_UNSETTLED");
    assertThat(refused.body()).contains("fundamental objection");

    HttpResponse<String> settled =
        secretariat.post(
            ROUNDS + "/" + round + "/positions/" + entry + "/remarks/1/settlement",
            "{\"note\":\"Budget added.\"}");
    assertThat(settled.statusCode()).as(settled.body()).isEqualTo(201);
    HttpResponse<String> opened = Api.asDemo(base, "member").post("api/consultations", body(draft));
    assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
    assertThat(Api.json(opened).asJsonObject().getString("status")).isEqualTo("PLANNED");
  }

  @Test
  void publishesTheReportAfterTheClosingAsCsvAndPdf() throws Exception {
    ConsultationFixtures draft = ConsultationFixtures.draft(base, "it-rep-report");
    long id = draft.closingIn("Report of principles", 8);
    String comments = "api/consultations/" + id + "/comments";
    Api delegate = Api.asDemo(base, "delegate");
    assertThat(
            delegate
                .post(
                    comments,
                    "{\"text\":\"Accès équitable pour les régions d'outre-mer.\",\"section\":2,"
                        + "\"category\":\"public_authority\",\"country\":\"FR\"}")
                .statusCode())
        .isEqualTo(201);
    assertThat(
            delegate
                .post(
                    comments,
                    "{\"text\":\"=HYPERLINK(1) on the whole draft\","
                        + "\"category\":\"citizen\",\"country\":\"EE\"}")
                .statusCode())
        .isEqualTo(201);

    Api member = Api.asDemo(base, "member");
    assertProblem(member.post("api/consultations/" + id + "/report", ""), 422, "REPORT_NOT_READY");
    assertProblem(
        Api.anonymous(base).get("api/consultations/" + id + "/report.csv", "text/csv"),
        403,
        "REPORT_NOT_PUBLISHED");
    assertThat(member.get("api/consultations/" + id + "/report.csv", "text/csv").statusCode())
        .isEqualTo(200);

    ConsultationFixtures.awaitStatus(base, id, "CLOSED", Duration.ofSeconds(30));
    assertProblem(delegate.post("api/consultations/" + id + "/report", ""), 403, "NOT_THE_DRAFTER");
    HttpResponse<String> published = member.post("api/consultations/" + id + "/report", "");
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    assertThat(Api.json(published).asJsonObject().getString("status"))
        .isEqualTo("REPORT_PUBLISHED");
    long answered =
        Api.json(member.get("api/consultations/" + id + "/comments"))
            .asJsonObject()
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    String comment = "api/consultations/" + id + "/comments/" + answered;
    assertProblem(
        member.put(comment + "/response", "{\"outcome\":\"noted\",\"justification\":\"Later.\"}"),
        409,
        "REPORT_PUBLISHED");
    assertProblem(
        member.post(comment + "/hiding", "{\"reason\":\"After the report\"}"),
        409,
        "REPORT_PUBLISHED");

    HttpResponse<String> csv =
        Api.anonymous(base).get("api/consultations/" + id + "/report.csv", "text/csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment");
    List<String> lines = csv.body().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(1)).contains("'=HYPERLINK(1) on the whole draft");
    assertThat(lines.get(2)).contains("Accès équitable");

    HttpResponse<byte[]> pdf =
        Api.anonymous(base).getBytes("api/consultations/" + id + "/report.pdf", "application/pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/pdf");
    String text = Documents.text(pdf.body());
    assertThat(text)
        .contains("CONSULTATION REPORT")
        .contains("Report of principles")
        .contains("Whole draft")
        .contains("Section 2: Principles")
        .contains("Accès équitable pour les régions d'outre-mer.")
        .contains("Status: Report published.");
    assertThat(text.indexOf("Whole draft")).isLessThan(text.indexOf("Section 2: Principles"));
    assertThat(Documents.taggedLanguage(pdf.body())).as("a tagged PDF").isEqualTo("en");
    HttpResponse<byte[]> french =
        Api.anonymous(base)
            .getBytes("api/consultations/" + id + "/report.pdf?lang=fr", "application/pdf");
    assertThat(french.headers().firstValue("Content-Language")).hasValue("fr");
    assertThat(Documents.text(french.body()))
        .contains("RAPPORT DE CONSULTATION")
        .contains("Section 2 : Principles")
        .contains("Statut : Rapport publié.")
        .contains("Accès équitable pour les régions d'outre-mer.")
        .doesNotContain("CONSULTATION REPORT");
    assertThat(Documents.taggedLanguage(french.body())).isEqualTo("fr");

    HttpResponse<String> late =
        delegate.post(
            comments, "{\"text\":\"Too late.\",\"category\":\"citizen\",\"country\":\"EE\"}");
    assertProblem(late, 422, "CONSULTATION_CLOSED");
  }

  private static String body(ConsultationFixtures draft) {
    LocalDateTime now =
        LocalDateTime.now(ZoneId.of(ConsultationFixtures.ZONE)).truncatedTo(ChronoUnit.MINUTES);
    return """
        {"draftId":%d,"version":1,"title":"After coordination","opensAt":"%s","closesAt":"%s",
         "timeZone":"%s"}
        """
        .formatted(draft.draftId(), now.plusDays(1), now.plusDays(30), ConsultationFixtures.ZONE);
  }

  static void assertProblem(HttpResponse<String> response, int status, String code) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    assertThat(Api.json(response).asJsonObject().getString("code")).isEqualTo(code);
    assertThat(response.body()).doesNotContain("Exception");
  }
}
