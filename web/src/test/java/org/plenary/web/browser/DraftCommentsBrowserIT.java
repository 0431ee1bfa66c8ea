package org.plenary.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.web.browser.Accessibility.assertAccessible;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.plenary.web.it.Api;
import org.plenary.web.it.Documents;
import org.plenary.web.it.Seed;

/**
 * A group discusses its draft in the browser: a member uploads a PDF as the next version (and a
 * disguised file is refused beside the field), comments on a passage of a section, another member
 * replies, the first sees the notification, opens the draft from it and resolves the thread. Every
 * page is checked with axe.
 */
class DraftCommentsBrowserIT extends BrowserTest {
  @TempDir Path files;

  @Test
  void aMemberUploadsAPdfCommentsAnotherRepliesAndTheFirstResolves() throws Exception {
    long id = draftOfANewGroup();
    Path pdf = files.resolve("Principles v2.pdf");
    Files.write(pdf, Documents.pdf("Principles on data sharing, version 2"));
    Path disguised = files.resolve("minutes.pdf");
    Files.writeString(disguised, "<html><script>alert(1)</script></html>");

    LoginPage.openFrom(driver, base, "/groups/edit.xhtml?draft=" + id)
        .signInAs("it-discuss-writer", LoginPage.DEMO_PASSWORD);
    DraftDiscussionPage writer = new DraftDiscussionPage(driver, base).openEditor(id);
    assertAccessible(driver);
    writer.upload(disguised, "disguised");
    assertThat(writer.uploadMessage()).contains("not a PDF, DOCX or ODT");
    assertAccessible(driver);

    writer.openEditor(id).upload(pdf, "The text as a PDF");
    assertThat(writer.versionHeading()).isEqualTo("Version 2 of 2");
    assertThat(writer.document()).contains("Principles v2.pdf").contains("PDF");
    assertThat(writer.documentHref()).endsWith("/api/drafts/" + id + "/versions/2/file");
    assertAccessible(driver);

    writer.comment(0, "data across borders", "Which borders?");
    assertThat(writer.quotes()).containsExactly("data across borders");
    assertThat(writer.threads().get(0)).contains("Wim Writer").contains("Which borders?");
    assertThat(writer.threadStates()).containsExactly("Open");
    assertAccessible(driver);

    Browser second = new Browser();
    second.beforeEach(null);
    try {
      WebDriver other = second.driver();
      LoginPage.openFrom(other, base, "/groups/draft.xhtml?draft=" + id)
          .signInAs("it-discuss-reviewer", LoginPage.DEMO_PASSWORD);
      DraftDiscussionPage reviewer = new DraftDiscussionPage(other, base).openDraft(id);
      assertThat(reviewer.threads().get(0)).contains("Which borders?");
      reviewer.replyToFirstThread("OECD members first.");
      assertThat(reviewer.threads().get(0))
          .contains("Rita Reviewer")
          .contains("OECD members first.");
      assertThat(other.findElements(By.cssSelector(".comment-thread button[id$=':state']")))
          .as("a member who did not open the thread may not resolve it")
          .isEmpty();
      assertAccessible(other);
    } finally {
      second.afterEach(null);
    }

    PlenaryPage.visit(driver, base, "me/notifications.xhtml");
    assertThat(writer.navigation()).contains("Notifications (1)");
    assertThat(writer.notifications())
        .containsExactly("Rita Reviewer replied to your comment on \"Principles on data sharing\"");
    assertAccessible(driver);
    writer.openFirstNotification();
    assertThat(writer.versionHeading()).isEqualTo("Version 2 of 2");
    assertThat(writer.navigation()).contains("Notifications");
    assertThat(writer.threads().get(0)).contains("OECD members first.");
    writer.toggleFirstThread();
    assertThat(writer.threadStates()).containsExactly("Resolved");
    assertAccessible(driver);
  }

  /** A group with a writer (coordinator) and a reviewer (member), and the writer's draft. */
  private long draftOfANewGroup() throws Exception {
    try (Seed seed = Seed.open()) {
      seed.accounts(
          List.of(
              new Seed.Person("it-discuss-writer", "Wim Writer"),
              new Seed.Person("it-discuss-reviewer", "Rita Reviewer")),
          "Delegation of IT discussions",
          "OECD_MEMBER_DELEGATION");
      seed.commit();
    }
    Api secretariat = Api.asDemo(url, "secretariat");
    assertThat(
            secretariat
                .post(
                    "api/groups",
                    "{\"slug\":\"it-browser-discuss\",\"name\":\"Discussion\",\"kind\":\"WORKING_GROUP\"}")
                .statusCode())
        .isEqualTo(201);
    secretariat.put(
        "api/groups/it-browser-discuss/members/it-discuss-writer", "{\"role\":\"COORDINATOR\"}");
    secretariat.put(
        "api/groups/it-browser-discuss/members/it-discuss-reviewer", "{\"role\":\"MEMBER\"}");
    HttpResponse<String> started =
        Api.asDemo(url, "it-discuss-writer")
            .post(
                "api/groups/it-browser-discuss/drafts",
                """
                {"title":"Principles on data sharing","sections":[
                  {"heading":"Purpose","body":"<p>Governments share data across borders.</p>"}]}
                """);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    return Api.json(started).asJsonObject().getJsonNumber("id").longValue();
  }
}
