package org.plenary.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.web.browser.Accessibility.assertAccessible;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.plenary.web.it.HeldRow;
import org.plenary.web.rest.feedback.FeedbackFixtures;

/**
 * A delegate rates a session (from the keyboard) and answers a form; the secretariat finds both in
 * the results, in the charts' data tables and the list of written answers, and edits the form.
 * Every page is checked with axe; a delegate is refused the secretariat's pages.
 */
class FeedbackBrowserIT extends BrowserTest {
  private static final LocalDate PAST = LocalDate.of(2025, 6, 2);

  @Test
  void aDelegateFindsTheirMeetingsAndTheSecretariatAnyPublishedMeetingByItsTitle()
      throws Exception {
    FeedbackFixtures fixtures = new FeedbackFixtures(url);
    fixtures.publishMeeting("it-fb-choose", PAST, List.of("Only session"));
    fixtures.registeredDelegate("it-fb-choose-1", "Chloe Choose", "it-fb-choose", PAST);
    fixtures.delegate("it-fb-choose-2", "Noel Nowhere");

    LoginPage.openFrom(driver, base, "/" + FeedbackChoicePage.PATH)
        .signInAs("it-fb-choose-1", LoginPage.DEMO_PASSWORD);
    FeedbackChoicePage mine = FeedbackChoicePage.showing(driver, base);
    assertThat(mine.myMeetings()).containsExactly("Feedback test it-fb-choose");
    assertThat(mine.myMeetingRows()).singleElement().asString().contains("2 June 2025");
    assertThat(mine.listsPublishedMeetings()).as("only the secretariat's").isFalse();
    assertAccessible(driver);
    mine.signOut();

    LoginPage.openFrom(driver, base, "/" + FeedbackChoicePage.PATH)
        .signInAs("it-fb-choose-2", LoginPage.DEMO_PASSWORD);
    assertThat(FeedbackChoicePage.showing(driver, base).myMeetingRows())
        .containsExactly("You are not registered for any meeting yet.");
    new PlenaryPage(driver, base).signOut();

    LoginPage.openFrom(driver, base, "/" + FeedbackChoicePage.PATH)
        .signInAs("secretariat", LoginPage.DEMO_PASSWORD);
    FeedbackChoicePage all = FeedbackChoicePage.showing(driver, base);
    assertThat(all.publishedMeetings()).as("a page at a time").hasSizeBetween(1, 10);
    assertAccessible(driver);
    all.filterPublished("E-Leaders 2019", List.of("E-Leaders 2019"));
    all.filterPublished("it-fb-choose", List.of("Feedback test it-fb-choose"));
    assertAccessible(driver);
    all.openFirstResults();
    assertThat(FeedbackResultsPage.showing(driver, base).heading()).contains("it-fb-choose");
  }

  @Test
  void aRatingSavedAtTheSameMomentElsewhereIsToldBesideItsButtonWithWhatWasTypedKept()
      throws Exception {
    FeedbackFixtures fixtures = new FeedbackFixtures(url);
    String session = fixtures.publishMeeting("it-fb-twice", PAST, List.of("Only session")).get(0);
    fixtures.registeredDelegate("it-fb-twice-1", "Tom Twice", "it-fb-twice", PAST);
    LoginPage.openFrom(driver, base, "/" + FeedbackPage.PATH + "it-fb-twice")
        .signInAs("it-fb-twice-1", LoginPage.DEMO_PASSWORD);
    FeedbackPage feedback = FeedbackPage.showing(driver, base).rateSession(0, 4, "Typed here");

    try (HeldRow elsewhere =
        FeedbackFixtures.ratingHeldElsewhere("it-fb-twice", session, "it-fb-twice-1", 2)) {
      feedback.clickSaveSession(0);
      elsewhere.awaitWriter();
    }

    assertThat(feedback.awaitSessionMessage(0))
        .startsWith("Someone else, or you in another window, changed this at the same moment");
    assertThat(feedback.isChecked(0, 4)).isTrue();
    assertThat(feedback.sessionComment(0)).isEqualTo("Typed here");
    assertAccessible(driver);
    assertThat(feedback.saveSession(0)).isEqualTo("Saved.");
  }

  @Test
  void aDelegatesRatingAndResponseShowInTheSecretariatsResults() throws Exception {
    FeedbackFixtures fixtures = new FeedbackFixtures(url);
    fixtures.publishMeeting("it-fb-web", PAST, List.of("Handbook review", "Indicators"));
    fixtures.registeredDelegate("it-fb-web-1", "Wendy Web", "it-fb-web", PAST);
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    fixtures.defineForm(
        "it-fb-web",
        "Drafts in the browser",
        now.minusHours(1).toString(),
        now.plusDays(7).toString());

    LoginPage.openFrom(driver, base, "/" + FeedbackPage.PATH + "it-fb-web")
        .signInAs("it-fb-web-1", LoginPage.DEMO_PASSWORD);
    FeedbackPage feedback = FeedbackPage.showing(driver, base);
    assertAccessible(driver);

    assertThat(feedback.saveSession(1)).isEmpty();
    assertThat(feedback.sessionRatingMessage(1)).isEqualTo("Choose a rating from 1 to 5.");
    assertAccessible(driver);
    assertThat(feedback.rateSession(0, 4, "Clear & useful <b>draft</b>").saveSession(0))
        .isEqualTo("Saved.");
    assertThat(feedback.isChecked(0, 4)).isTrue();
    int form = feedback.formIndex("Drafts in the browser");
    assertThat(
            feedback
                .answerRating(form, 0, 5)
                .answerChoice(form, 1, "With changes")
                .answerChoices(form, 2, "Digital Identity")
                .answerText(form, 3, "A chapter on procurement")
                .saveForm(form))
        .isEqualTo("Saved.");
    assertAccessible(driver);
    feedback.signOut();

    LoginPage.openFrom(driver, base, "/" + FeedbackResultsPage.PATH + "it-fb-web")
        .signInAs("secretariat", LoginPage.DEMO_PASSWORD);
    FeedbackResultsPage results = FeedbackResultsPage.showing(driver, base);
    assertThat(results.sessionSummary(0)).isEqualTo("1 rating, average 4");
    assertThat(results.sessionTable(0)).containsExactly("1 0", "2 0", "3 0", "4 1", "5 0");
    assertThat(results.sessionChartLabel(0)).contains("Handbook review");
    assertThat(results.questionTable("Is the draft ready?"))
        .containsExactly("Yes 0", "With changes 1", "No 0");
    assertThat(results.writtenAnswers("Handbook review – Comment"))
        .containsExactly("Clear & useful <b>draft</b>");
    assertThat(results.writtenAnswers("What is missing?"))
        .containsExactly("A chapter on procurement");
    assertAccessible(driver);
    assertThat(browser.consoleMessages()).noneMatch(PublicPagesBrowserIT::isCspViolation);
  }

  @Test
  void theSecretariatListsAndEditsTheFormsOfAMeeting() throws Exception {
    FeedbackFixtures fixtures = new FeedbackFixtures(url);
    fixtures.publishMeeting("it-fb-web-forms", PAST, List.of("Opening"));
    fixtures.defineForm(
        "it-fb-web-forms", "Form to edit", "2025-06-02T09:00:00Z", "2025-07-01T09:00:00Z");

    LoginPage.openFrom(driver, base, "/secretariat/feedback/forms.xhtml?meeting=it-fb-web-forms")
        .signInAs("secretariat", LoginPage.DEMO_PASSWORD);
    WebDriverWait wait = new WebDriverWait(driver, PlenaryPage.WAIT);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("formsForm:forms")));
    assertThat(driver.findElement(By.id("formsForm:forms")).getText())
        .contains("Satisfaction with the meeting")
        .contains("Form to edit");
    assertAccessible(driver);

    driver.findElement(By.linkText("Form to edit")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("formEdit:title")));
    assertThat(driver.findElement(By.id("formEdit:opensAt")).getAttribute("value"))
        .isEqualTo("2025-06-02T11:00");
    driver.findElement(By.id("formEdit:title")).clear();
    driver.findElement(By.id("formEdit:save")).click();
    wait.until(
        ExpectedConditions.textToBe(
            By.id("formEdit:titleMessage"),
            "Check this field: a form needs a title, an opening time before its closing time, and from 1 to 50 questions, each with a text (and at least two different choices for a choice question)."));
    assertAccessible(driver);
    driver.findElement(By.id("formEdit:title")).sendKeys("Form edited");
    driver.findElement(By.id("formEdit:save")).click();
    wait.until(ExpectedConditions.textToBe(By.id("formEdit:saveMessage"), "Saved."));
    assertAccessible(driver);
  }

  @Test
  void refusesADelegateTheSecretariatsFeedbackPages() {
    LoginPage.open(driver, base).signInAs("delegate", LoginPage.DEMO_PASSWORD);

    FeedbackResultsPage.request(driver, base, "e-leaders-2019");

    assertThat(new PlenaryPage(driver, base).heading()).isEqualTo("You may not open this page");
    assertAccessible(driver);
  }
}
