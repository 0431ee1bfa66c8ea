package org.plenary.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.web.browser.Accessibility.assertAccessible;

import org.junit.jupiter.api.Test;
import org.plenary.web.it.Seed;

/**
 * A delegate finds "Your data" in the header, downloads everything Plenary holds about her, is told
 * beside the field when her confirmation is not her user name, then erases herself and can no
 * longer sign in.
 */
class PrivacyBrowserIT extends BrowserTest {
  @Test
  void aDelegateDownloadsHerDataThenErasesHerself() throws Exception {
    String username = "it-privacy-page";
    try (Seed seed = Seed.open()) {
      seed.account(username, "Paula Page", "Delegation of Pageland (IT)", "OECD_MEMBER_DELEGATION");
      seed.commit();
    }
    LoginPage.open(driver, base).signInAs(username, LoginPage.DEMO_PASSWORD);
    HomePage.showing(driver, base);

    PrivacyPage privacy = PrivacyPage.fromHeader(driver, base);
    assertThat(privacy.heading()).isEqualTo("Your data");
    assertAccessible(driver);
    assertThat(privacy.download()).startsWith("200 ").contains("\"fullName\":\"Paula Page\"");

    privacy.erase("paula");
    assertThat(privacy.confirmationMessage())
        .isEqualTo("Type your user name exactly as you sign in with it.");
    assertAccessible(driver);

    privacy.erase(username);
    assertThat(privacy.awaitErased()).isEqualTo("Your data is erased");
    assertThat(privacy.signedInAs()).isEmpty();
    assertAccessible(driver);

    LoginPage login = LoginPage.open(driver, base);
    login.submitExpectingRefusal(username, LoginPage.DEMO_PASSWORD);
    assertThat(login.formMessages()).containsExactly("Unknown user name or wrong password.");
  }
}
