package org.plenary.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.web.browser.Accessibility.assertAccessible;

import org.junit.jupiter.api.Test;
import org.plenary.web.rest.consultations.ConsultationFixtures;

/**
 * A page whose view the server lost (the node that held it died, or it was open too long): posting
 * its form brings a fresh view of the same page with what was typed kept and a polite message, not
 * an error page (org.plenary.web.failover).
 */
class LostViewBrowserIT extends BrowserTest {
  @Test
  void aCommentTypedOnAPageWhoseViewWasLostIsKeptOnAFreshViewOfTheSamePage() {
    long id =
        ConsultationFixtures.draft(url, "it-lv-" + System.nanoTime())
            .openNow("Consultation whose view is lost");
    String comment = "Keep the review clause: it is what\nmakes the text honest. Ünïcödé ok.";
    ConsultationPages pages =
        new ConsultationPages(driver, base)
            .open(id)
            .type(comment, "Lena Lost", "it-lv-visitor@example.org");

    pages.loseTheServersView().send();

    assertThat(driver.getCurrentUrl()).contains("consultations/view.xhtml?id=" + id);
    assertThat(pages.heading()).isEqualTo("Consultation whose view is lost");
    assertThat(pages.formMessages()).contains("had to be loaded again");
    assertThat(pages.typed("text")).isEqualTo(comment);
    assertThat(pages.typed("name")).isEqualTo("Lena Lost");
    assertThat(pages.typed("email")).isEqualTo("it-lv-visitor@example.org");
    assertThat(driver.getPageSource()).doesNotContain("This page has expired");
    assertAccessible(driver);
  }

  @Test
  void anAjaxPostToALostViewKeepsTheUserNameButNeverThePasswordAndStillLeadsWhereTheUserWanted() {
    LoginPage login =
        LoginPage.openFrom(driver, base, "/me/registrations.xhtml")
            .submitAfterLosingTheView("delegate", LoginPage.DEMO_PASSWORD);

    assertThat(driver.getCurrentUrl()).contains("login.xhtml?from=");
    assertThat(login.formMessages())
        .anySatisfy(m -> assertThat(m).contains("had to be loaded again"));
    assertThat(login.username()).isEqualTo("delegate");
    assertThat(login.password()).isEmpty();
    assertAccessible(driver);

    login.signInAs("delegate", LoginPage.DEMO_PASSWORD);
    assertThat(driver.getCurrentUrl()).contains("/me/registrations.xhtml");
  }
}
