package org.plenary.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.web.browser.Accessibility.assertAccessible;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.plenary.web.it.Api;
import org.plenary.web.it.Seed;
import org.plenary.web.rest.consultations.ConsultationFixtures;

/**
 * The whole story of a draft (a copy of the Handbook's shape, so the demo stays usable by other
 * tests): coordination with two ministries, one overdue and one with a fundamental objection that
 * blocks the public consultation until settled; the drafter opens the consultation on its page;
 * comments on sections, one hidden with its reason shown in its place, responses; after the closing
 * a comment is refused (REST problem and the page's message); the drafter publishes the report,
 * which everyone then downloads as PDF and CSV. Every page is checked with axe.
 */
class ConsultationStoryBrowserIT extends BrowserTest {
  private static final String ROUNDS = "api/coordination/rounds";
  private static final ZoneId TALLINN = ZoneId.of(ConsultationFixtures.ZONE);

  @Test
  void aDraftGoesFromCoordinationThroughConsultationToAPublishedReport() throws Exception {
    long ministryA;
    long ministryB;
    try (Seed seed = Seed.open()) {
      ministryA = ministry(seed, "it-story-min-a", "IT Story Ministry of Finance");
      ministryB = ministry(seed, "it-story-min-b", "IT Story Ministry of Justice");
    }
    ConsultationFixtures draft = ConsultationFixtures.draft(url, "it-story");
    Api secretariat = Api.asDemo(url, "secretariat");
    Api member = Api.asDemo(url, "member");
    assertThat(
            secretariat
                .put("api/groups/it-story/members/secretariat", "{\"role\":\"OBSERVER\"}")
                .statusCode())
        .isEqualTo(200);

    // coordination: opened 60 days ago, so both ministries are past the 15 working days
    HttpResponse<String> started =
        secretariat.post(
            ROUNDS,
            "{\"draftId\":"
                + draft.draftId()
                + ",\"draftVersion\":1,\"bodies\":["
                + ministryA
                + ","
                + ministryB
                + "],\"opensAt\":\""
                + LocalDate.now().minusDays(60)
                + "T09:00:00\",\"timeZone\":\"Europe/Tallinn\",\"jurisdiction\":\"EE\"}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    long round = Api.json(started).asJsonObject().getJsonNumber("id").longValue();
    HttpResponse<String> objection =
        Api.asDemo(url, "it-story-min-a")
            .post(
                ROUNDS + "/" + round + "/positions",
                "{\"position\":\"APPROVE_WITH_REMARKS\",\"remarks\":[{\"kind\":\"FUNDAMENTAL\","
                    + "\"section\":\"s2\",\"text\":\"The principles have no budget.\"}]}");
    assertThat(objection.statusCode()).as(objection.body()).isEqualTo(201);
    long entry = Api.json(objection).asJsonObject().getJsonNumber("id").longValue();
    JsonObject table = Api.json(secretariat.get(ROUNDS + "/" + round)).asJsonObject();
    assertThat(body(table, ministryB).getBoolean("overdue")).isTrue();
    assertThat(body(table, ministryA).getBoolean("overdue")).isFalse();

    // the drafter opens the consultation on its page: the period checked beside its field, then
    // the unsettled objection refused, then opened once the objection is settled
    LoginPage.openFrom(
            driver,
            base,
            "/consultations/manage/open.xhtml?draft=" + draft.draftId() + "&version=1")
        .signInAs("member", LoginPage.DEMO_PASSWORD);
    ConsultationOpenPage opening = new ConsultationOpenPage(driver, base).awaitForm();
    assertAccessible(driver);
    LocalDateTime now = LocalDateTime.now(TALLINN).truncatedTo(ChronoUnit.MINUTES);
    opening.submit("Story consultation", now.minusDays(1), now.minusDays(2), "Europe/Tallinn");
    assertThat(opening.awaitForm().fieldMessage("closesAt")).contains("closes after it opens");
    assertAccessible(driver);
    LocalDateTime closes =
        LocalDateTime.now(TALLINN).truncatedTo(ChronoUnit.MINUTES).plusMinutes(3);
    opening.submit("Story consultation", now.minusDays(1), closes, "Europe/Tallinn");
    assertThat(opening.awaitForm().formMessages())
        .singleElement()
        .asString()
        .contains("fundamental objection");
    HttpResponse<String> settled =
        secretariat.post(
            ROUNDS + "/" + round + "/positions/" + entry + "/remarks/1/settlement",
            "{\"note\":\"Budget added to section 2.\"}");
    assertThat(settled.statusCode()).as(settled.body()).isEqualTo(201);
    opening.submit("Story consultation", now.minusDays(1), closes, "Europe/Tallinn");
    opening.awaitConsultation();
    ConsultationPages pages = new ConsultationPages(driver, base);
    assertThat(pages.heading()).isEqualTo("Story consultation");
    long id = Long.parseLong(pages.url().replaceAll(".*[?&]id=(\\d+).*", "$1"));
    assertAccessible(driver);

    // comments on sections, one hidden, the others answered
    Api delegate = Api.asDemo(url, "delegate");
    long offTopic = comment(delegate, id, "Buy cheap watches here.", 1);
    long principles = comment(delegate, id, "Add accessibility to the principles.", 2);
    long review = comment(delegate, id, "Réviser tous les deux ans, s'il vous plaît.", 3);
    assertThat(
            member
                .post(
                    "api/consultations/" + id + "/comments/" + offTopic + "/hiding",
                    "{\"reason\":\"Advertising\"}")
                .statusCode())
        .isEqualTo(200);
    answer(member, id, principles, "ACCEPTED", "Accessibility is principle four now.");
    answer(member, id, review, "NOT_ACCEPTED", "Three years match the budget cycle.");
    pages.open(id);
    assertThat(pages.commentsUnderSection(1))
        .singleElement()
        .asString()
        .contains("Advertising")
        .doesNotContain("watches");
    assertAccessible(driver);

    // before the report is published, only the drafter sees it
    assertThat(Api.anonymous(url).get("api/consultations/" + id + "/report.pdf", "application/pdf"))
        .extracting(HttpResponse::statusCode)
        .isEqualTo(403);

    // after the closing: comments refused on the server and on the page
    // the closing time comes: moved to a minute ago rather than waited for
    try (Seed seed = Seed.open()) {
      seed.execute(
          "update consultation set closes_at = ? where id = ?",
          OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1),
          id);
      seed.commit();
    }
    ConsultationFixtures.awaitStatus(url, id, "CLOSED", Duration.ofSeconds(30));
    HttpResponse<String> late =
        delegate.post(
            "api/consultations/" + id + "/comments",
            "{\"text\":\"Too late.\",\"category\":\"citizen\",\"country\":\"EE\"}");
    assertThat(late.statusCode()).as(late.body()).isEqualTo(422);
    assertThat(late.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    assertThat(Api.json(late).asJsonObject().getString("code")).isEqualTo("CONSULTATION_CLOSED");
    pages.open(id);
    assertThat(pages.hasCommentForm()).isFalse();
    assertThat(pages.closedMessage())
        .singleElement()
        .asString()
        .contains("does not take comments now");

    // the drafter publishes the report
    ConsultationReportPage report = new ConsultationReportPage(driver, base).open(id);
    assertThat(report.rows())
        .satisfiesExactly(
            first -> assertThat(first).contains("Purpose").contains("Advertising"),
            second -> assertThat(second).contains("Principles").containsIgnoringCase("accepted"),
            third -> assertThat(third).contains("Final words").contains("Three years"));
    assertThat(report.canPublish()).isTrue();
    assertAccessible(driver);
    assertThat(report.publish()).contains("published");
    assertThat(report.canPublish()).isFalse();
    assertThat(report.summary()).contains("Report published");
    assertAccessible(driver);
    assertThat(report.link("reportPdf"))
        .endsWith("/api/consultations/" + id + "/report.pdf?lang=en");
    assertThat(report.link("reportCsv")).endsWith("/api/consultations/" + id + "/report.csv");

    // everyone reads it now, on the page and as PDF and CSV
    report.signOut();
    new ConsultationReportPage(driver, base).open(id);
    assertAccessible(driver);
    Api anonymous = Api.anonymous(url);
    HttpResponse<byte[]> pdf =
        anonymous.getBytes("api/consultations/" + id + "/report.pdf", "application/pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment");
    String text;
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      text = new PDFTextStripper().getText(document);
    }
    assertThat(text)
        .contains("Story consultation")
        .contains("Section 1: Purpose")
        .contains("Hidden by the drafter: Advertising")
        .contains("Section 2: Principles")
        .contains("Response (accepted): Accessibility is principle four now.")
        .contains("Réviser tous les deux ans, s'il vous plaît.")
        .doesNotContain("watches");
    HttpResponse<String> csv = anonymous.get("api/consultations/" + id + "/report.csv", "text/csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    List<String> lines = csv.body().lines().toList();
    assertThat(lines).hasSize(4);
    assertThat(lines.get(1)).startsWith(offTopic + ",").contains("Advertising");
    assertThat(lines.get(2)).startsWith(principles + ",").contains("ACCEPTED");
    assertThat(lines.get(3)).startsWith(review + ",").contains("NOT_ACCEPTED");
  }

  private static long ministry(Seed seed, String username, String organisation) throws Exception {
    seed.accounts(
        List.of(new Seed.Person(username, "Official " + username)), organisation, "MINISTRY");
    seed.execute(
        "update account_role set role = 'MINISTRY' where account_id ="
            + " (select id from account where username = ?)",
        username);
    seed.commit();
    return seed.number("select id from organisation where name = ?", organisation);
  }

  private static JsonObject body(JsonObject table, long organisation) {
    return table.getJsonArray("bodies").getValuesAs(JsonObject.class).stream()
        .filter(r -> r.getJsonNumber("organisationId").longValue() == organisation)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theDrafterIsToldHowManyCommentsHaveNoAnswerBeforePublishingTheReport() throws Exception {
    long id = ConsultationFixtures.draft(url, "it-story-owed").closingIn("Owed answers", 6);
    Api delegate = Api.asDemo(url, "delegate");
    long owed = comment(delegate, id, "Say who answers.", 1);
    comment(delegate, id, "And when.", 2);
    ConsultationFixtures.awaitStatus(url, id, "CLOSED", Duration.ofSeconds(30));
    LoginPage.openFrom(driver, base, "/consultations/report.xhtml?id=" + id)
        .signInAs("member", LoginPage.DEMO_PASSWORD);
    ConsultationReportPage report = new ConsultationReportPage(driver, base).open(id);

    assertThat(report.unansweredWarning()).startsWith("2 comments have no answer yet");
    assertThat(report.canPublish()).as("a warning, not a lock").isTrue();
    assertAccessible(driver);
    Api member = Api.asDemo(url, "member");
    answer(member, id, owed, "ACCEPTED", "The drafter answers.");
    assertThat(report.open(id).unansweredWarning()).startsWith("One comment has no answer yet");
  }

  private static long comment(Api api, long id, String text, int section) {
    HttpResponse<String> posted =
        api.post(
            "api/consultations/" + id + "/comments",
            "{\"text\":\""
                + text
                + "\",\"section\":"
                + section
                + ",\"category\":\"public_authority\",\"country\":\"EE\"}");
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
    return Api.json(posted).asJsonObject().getJsonNumber("id").longValue();
  }

  private static void answer(Api api, long id, long comment, String outcome, String text) {
    HttpResponse<String> answered =
        api.put(
            "api/consultations/" + id + "/comments/" + comment + "/response",
            "{\"outcome\":\"" + outcome + "\",\"justification\":\"" + text + "\"}");
    assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
  }
}
