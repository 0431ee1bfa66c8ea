package org.plenary.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.web.browser.Accessibility.assertAccessible;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.web.rest.feedback.FeedbackFixtures;

/**
 * The secretariat writes minutes: typing saves by itself (no button), the save button saves the
 * rest, and everything is there after a reload. The page is checked with axe.
 */
class MinutesBrowserIT extends BrowserTest {
  private static final LocalDate PAST = LocalDate.of(2025, 5, 12);

  @Test
  void typedMinutesAreSavedWithoutPressingAnythingAndSurviveAReload() throws Exception {
    new FeedbackFixtures(url)
        .publishMeeting("it-min-web", PAST, List.of("Digital identity", "Open data"));

    LoginPage.openFrom(driver, base, "/" + MinutesEditPage.PATH + "it-min-web")
        .signInAs("secretariat", LoginPage.DEMO_PASSWORD);
    MinutesEditPage minutes = MinutesEditPage.showing(driver, base);
    assertAccessible(driver);

    minutes.typeSummary(0, "Delegates compared wallet pilots.");
    assertThat(minutes.status(0)).contains("by secretariat");
    minutes.typeAnswer(0, 0, "Pilots in three countries");
    assertThat(minutes.typeDecisionsAndSave(0, "The Task Force drafts a note by March."))
        .startsWith("Saved at");
    assertAccessible(driver);

    MinutesEditPage reloaded = MinutesEditPage.open(driver, base, "it-min-web");
    assertThat(reloaded.summary(0)).isEqualTo("Delegates compared wallet pilots.");
    assertThat(reloaded.answer(0, 0)).isEqualTo("Pilots in three countries");
    assertThat(reloaded.decisions(0)).isEqualTo("The Task Force drafts a note by March.");
    assertThat(reloaded.status(1)).isEqualTo("Nothing saved yet.");
  }
}
