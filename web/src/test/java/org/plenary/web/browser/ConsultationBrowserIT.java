package org.plenary.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.web.browser.Accessibility.assertAccessible;

import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.plenary.web.it.Api;
import org.plenary.web.it.Documents;
import org.plenary.web.it.TestMail;
import org.plenary.web.rest.consultations.ConsultationFixtures;

/**
 * A public consultation in the browser: an anonymous visitor reads the text and the comments on a
 * section, comments, confirms through the mailed link and sees the comment; the drafter hides one
 * comment with a reason and answers another; a delegate is refused the drafter's page; outside the
 * open period the form is replaced by a message; a visitor attaches a file through the form (a
 * disguised one is refused beside the field, keeping what was typed) and its link downloads it; the
 * drafter chooses the draft and version to consult on from a list. Every page is checked with axe.
 */
class ConsultationBrowserIT extends BrowserTest {
  @Test
  void aVisitorFindsConsultationsByWordsAndStatusAndSortsThem() {
    ConsultationFixtures fixtures = ConsultationFixtures.draft(url, "it-cb-list");
    fixtures.openNow("Qwlist beta open");
    fixtures.closed("Qwlist alpha closed");
    fixtures.openNow("Qwlist gamma open");

    ConsultationPages pages = new ConsultationPages(driver, base).openList();
    pages.filterTitles(
        "qwlist", List.of("Qwlist gamma open", "Qwlist beta open", "Qwlist alpha closed"));
    pages.sortByTitle(
        "ascending", List.of("Qwlist alpha closed", "Qwlist beta open", "Qwlist gamma open"));
    pages.filterStatus("Open", List.of("Qwlist beta open", "Qwlist gamma open"));
    assertAccessible(driver);
    pages.filterStatus("Closed", List.of("Qwlist alpha closed"));
    pages.filterTitles("no such consultation", List.of());
    assertThat(driver.findElement(By.id("consultationsForm:consultations")).getText())
        .contains("none matches your filter");
    assertAccessible(driver);
  }

  @Test
  void aVisitorCommentsConfirmsByMailAndTheDrafterHidesOneAndAnswersAnother() {
    long id = ConsultationFixtures.draft(url, "it-cb-story").openNow("Browser consultation");
    Api.asDemo(url, "delegate")
        .post(
            "api/consultations/" + id + "/comments",
            "{\"text\":\"Openness needs an example.\",\"section\":2,\"category\":\"public_authority\",\"country\":\"EE\"}",
            Map.of());

    ConsultationPages pages = new ConsultationPages(driver, base).openList();
    assertAccessible(driver);
    pages.open(id);
    assertThat(pages.heading()).isEqualTo("Browser consultation");
    assertThat(pages.sectionHeadings())
        .containsExactly("1. Purpose", "2. Principles", "3. Final words");
    assertThat(pages.commentsUnderSection(2))
        .singleElement()
        .asString()
        .contains("Openness needs an example.");
    assertThat(pages.commentsUnderSection(1)).isEmpty();
    assertAccessible(driver);

    pages.sendEmptyComment();
    assertThat(pages.fieldMessage("text")).isNotBlank();
    assertAccessible(driver);
    pages.open(id);
    String email = "it-cb-visitor@example.org";
    pages.comment(
        "3. Final words",
        "Review every two years instead.",
        "Vera Visitor",
        email,
        "CITIZEN",
        "FR");
    assertThat(pages.checkMailMessage()).contains("Check your e-mail");
    assertAccessible(driver);
    pages.open(id);
    assertThat(pages.commentsUnderSection(3)).isEmpty();

    MimeMessage mail = TestMail.await(email, "Confirm your comment", Duration.ofSeconds(60));
    assertThat(pages.confirm(TestMail.token(mail))).contains("published");
    assertAccessible(driver);
    pages.backToConsultation();
    assertThat(pages.commentsUnderSection(3))
        .singleElement()
        .asString()
        .contains("Review every two years instead.")
        .doesNotContain("Vera Visitor");

    LoginPage.openFrom(driver, base, "/consultations/manage/comments.xhtml?id=" + id)
        .signInAs("member", LoginPage.DEMO_PASSWORD);
    pages.awaitModeration();
    assertAccessible(driver);
    assertThat(pages.hide("Openness needs", "Off topic for this section")).contains("hidden");
    assertThat(
            pages.answer(
                "Review every two years",
                "PARTLY_ACCEPTED",
                "Reviews every three years, with a mid-term check.",
                "2"))
        .contains("answer is saved");
    pages.onlyUnanswered();
    assertThat(pages.moderatedComments()).noneMatch(c -> c.contains("Review every two years"));
    assertAccessible(driver);

    pages.open(id);
    assertThat(pages.commentsUnderSection(2))
        .singleElement()
        .asString()
        .contains("Hidden by the drafter: Off topic for this section")
        .doesNotContain("Openness needs an example.");
    assertThat(pages.commentsUnderSection(3))
        .singleElement()
        .asString()
        .contains("partly accepted")
        .contains("Reviews every three years, with a mid-term check.")
        .contains("resolved in version 2");
    assertThat(pages.tableComments()).hasSize(2);
    assertAccessible(driver);

    assertThat(pages.openReport(id).reportRows())
        .satisfiesExactly(
            first -> assertThat(first).contains("2. Principles").contains("Off topic"),
            second -> assertThat(second).contains("3. Final words").contains("partly accepted"));
    assertAccessible(driver);
  }

  @Test
  void aVisitorAttachesAFileThroughThePageAndItsLinkDownloadsTheSameBytes() throws Exception {
    long id = ConsultationFixtures.draft(url, "it-cb-attach").openNow("Attachment consultation");
    Path disguised = Files.createTempFile("evidence", ".pdf");
    Files.writeString(disguised, "<html><script>alert(1)</script></html>");
    byte[] pdf = Documents.pdf("Evidence for the purpose");
    Path evidence = Files.createTempDirectory("it-cb-attach").resolve("evidence-for-section-1.pdf");
    Files.write(evidence, pdf);

    ConsultationPages pages = new ConsultationPages(driver, base).open(id);
    String email = "it-cb-attach@example.org";
    pages.comment(
        "1. Purpose",
        "The purpose needs evidence.",
        "Alma Attacher",
        email,
        "ACADEMIA",
        "EE",
        disguised);
    assertThat(pages.attachmentMessage()).contains("not a PDF, DOCX or ODT");
    assertThat(pages.typed("text")).isEqualTo("The purpose needs evidence.");
    assertThat(pages.typed("name")).isEqualTo("Alma Attacher");
    assertThat(pages.typed("email")).isEqualTo(email);
    assertThat(pages.typed("country")).isEqualTo("EE");
    assertAccessible(driver);

    pages.sendWithAttachment(evidence);
    assertThat(pages.checkMailMessage()).contains("Check your e-mail");
    MimeMessage mail = TestMail.await(email, "Confirm your comment", Duration.ofSeconds(60));
    pages.confirm(TestMail.token(mail));
    pages.backToConsultation();
    assertThat(pages.commentsUnderSection(1))
        .singleElement()
        .asString()
        .contains("The purpose needs evidence.");
    WebElement link = pages.attachmentLinks(1).get(0);
    assertThat(link.getText())
        .contains("evidence-for-section-1.pdf")
        .contains(NumberFormat.getIntegerInstance(Locale.ENGLISH).format(pdf.length) + " bytes");
    assertAccessible(driver);

    HttpResponse<byte[]> download =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(link.getAttribute("href"))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(pdf);
    assertThat(download.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/pdf");
    assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment");
  }

  @Test
  void theDrafterChoosesTheDraftAndVersionToConsultOnFromTheirDrafts() {
    ConsultationFixtures draft = ConsultationFixtures.draft(url, "it-cb-pick");
    HttpResponse<String> second =
        Api.asDemo(url, "member")
            .post(
                "api/drafts/" + draft.draftId() + "/versions",
                """
                {"baseVersion":1,"note":"Second","sections":[
                  {"key":"s1","heading":"Purpose","body":"<p>Why, again.</p>"}]}
                """);
    assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
    String label = "Principles of it-cb-pick (Group it-cb-pick)";

    LoginPage.openFrom(driver, base, "/consultations/manage/open.xhtml")
        .signInAs("member", LoginPage.DEMO_PASSWORD);
    ConsultationOpenPage opening = new ConsultationOpenPage(driver, base).awaitForm();
    assertThat(opening.draftChoices()).contains(label);
    assertAccessible(driver);
    opening.chooseDraft(label);
    assertThat(opening.versionChoices()).containsExactly("2", "1");
    assertThat(opening.chosenVersion()).isEqualTo("2");
    LocalDateTime now =
        LocalDateTime.now(ZoneId.of("Europe/Tallinn")).truncatedTo(ChronoUnit.MINUTES);
    opening.submit("Chosen from the list", now.minusDays(1), now.plusDays(5), "Europe/Tallinn");
    opening.awaitConsultation();
    ConsultationPages pages = new ConsultationPages(driver, base);
    assertThat(pages.heading()).isEqualTo("Chosen from the list");
    assertThat(pages.sectionHeadings()).containsExactly("1. Purpose");
  }

  @Test
  void refusesADelegateTheDrafterPageAndReplacesTheFormOfAClosedConsultation() {
    ConsultationFixtures draft = ConsultationFixtures.draft(url, "it-cb-refusals");
    long open = draft.openNow("Open for the drafter test");
    long closed = draft.closed("Closed browser consultation");

    ConsultationPages pages = new ConsultationPages(driver, base).open(closed);
    assertThat(pages.hasCommentForm()).isFalse();
    assertThat(pages.closedMessage())
        .singleElement()
        .asString()
        .contains("does not take comments now");
    assertAccessible(driver);

    LoginPage.openFrom(driver, base, "/consultations/manage/comments.xhtml?id=" + open)
        .signInAs("delegate", LoginPage.DEMO_PASSWORD);
    PlenaryPage page = new PlenaryPage(driver, base);
    assertThat(page.heading()).isEqualTo("You may not open this page");
    assertAccessible(driver);
  }
}
