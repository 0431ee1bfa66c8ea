package org.plenary.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.web.browser.Accessibility.assertAccessible;

import java.text.Collator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.plenary.web.browser.AuditLogPage.Entry;

/**
 * Signing in and out, and what the secretariat may see that others may not: the audit log. Every
 * page is also checked with axe. The demo accounts exist in every deployment.
 */
class SignInBrowserIT extends BrowserTest {
  @Test
  void takesTheSecretariatToTheAuditLogItAskedForAfterSigningIn() {
    AuditLogPage.request(driver, base);
    LoginPage login = LoginPage.showing(driver, base);
    assertThat(login.url()).contains("from=%2F").contains("audit");
    assertAccessible(driver);

    login.signInAs("secretariat", LoginPage.DEMO_PASSWORD);

    AuditLogPage log = AuditLogPage.showing(driver, base);
    assertThat(log.heading()).isEqualTo("Audit log");
    assertThat(log.signedInAs()).hasValue("Signed in as Claire Dubois");
    assertThat(log.navigation()).contains("Audit log");
    // The run shares one database: other tests' entries may fill the first page.
    assertThat(log.entries())
        .isNotEmpty()
        .allSatisfy(
            entry -> {
              assertThat(entry.action()).as("words").isNotBlank();
              assertThat(entry.actionCode()).as("its code").isNotBlank();
              assertThat(entry.action()).isNotEqualTo(entry.actionCode());
            });
    assertAccessible(driver);
  }

  @Test
  void filtersAndSortsTheAuditLogInTheDatabase() {
    LoginPage.openFrom(driver, base, "/" + AuditLogPage.PATH)
        .signInAs("secretariat", LoginPage.DEMO_PASSWORD);
    AuditLogPage log = AuditLogPage.showing(driver, base);

    log.filterByAction("Account opened");
    assertOnlyAccountsOpened(log.entries(), "Account");
    String csv = log.downloadCsv("action=account.opened&exact=true");
    assertThat(csv.lines().findFirst())
        .hasValue("occurred_at,actor,action,object_type,object_id,details");
    assertThat(csv.lines().skip(1))
        .as("the export keeps the table's filter, and gives codes")
        .isNotEmpty()
        .allSatisfy(line -> assertThat(line.split(",")[2]).isEqualTo("account.opened"));

    log.sortOldestFirst();
    assertThat(log.entries()).extracting(Entry::time).isSortedAccordingTo(String::compareTo);
    assertAccessible(driver);
    assertThat(browser.consoleMessages()).noneMatch(PublicPagesBrowserIT::isCspViolation);
  }

  @Test
  void showsTheAuditLogInWordsOfThePagesLanguage() {
    LoginPage.openFrom(driver, base, "/" + AuditLogPage.PATH)
        .signInAs("secretariat", LoginPage.DEMO_PASSWORD);
    AuditLogPage.showing(driver, base).switchLanguageTo("fr");
    AuditLogPage log = AuditLogPage.showing(driver, base);

    assertThat(log.heading()).isEqualTo("Journal d'audit");
    List<String> choices = log.actionChoices();
    assertThat(choices.get(0)).isEqualTo("Toutes les actions");
    assertThat(choices.subList(1, choices.size()))
        .as("the actions in words, in French alphabetical order")
        .contains("Compte ouvert", "Inscription modifiée", "Rôle d’un membre de groupe modifié")
        .isSortedAccordingTo(Collator.getInstance(Locale.FRENCH));

    log.filterByAction("Compte ouvert");

    assertOnlyAccountsOpened(log.entries(), "Compte");
    assertAccessible(driver);
  }

  @Test
  void refusesAWrongPasswordWithoutSayingWhichPartWasWrong() {
    LoginPage login = LoginPage.open(driver, base);

    login.submitExpectingRefusal("secretariat", "not-the-password");

    assertThat(login.formMessages()).containsExactly("Unknown user name or wrong password.");
    assertThat(login.password()).isEmpty();
    assertThat(login.signedInAs()).isEmpty();
    assertAccessible(driver);

    login.submitExpectingRefusal("nobody-by-this-name", "not-the-password");
    assertThat(login.formMessages()).containsExactly("Unknown user name or wrong password.");
  }

  @Test
  void showsTheMissingFieldsBesideThem() {
    LoginPage login = LoginPage.open(driver, base);

    login.submitExpectingRefusal("", "");

    assertThat(login.fieldMessage("username")).isEqualTo("User name is required.");
    assertThat(login.fieldMessage("password")).isEqualTo("Password is required.");
    assertAccessible(driver);
  }

  @Test
  void refusesADelegateTheAuditLogWithTheForbiddenPage() {
    LoginPage.open(driver, base).signInAs("delegate", LoginPage.DEMO_PASSWORD);
    HomePage home = HomePage.showing(driver, base);
    assertThat(home.signedInAs()).hasValue("Signed in as Mari Tamm");
    assertThat(home.navigation()).doesNotContain("Audit log");

    AuditLogPage.request(driver, base);

    PlenaryPage page = new PlenaryPage(driver, base);
    assertThat(page.heading()).isEqualTo("You may not open this page");
    assertAccessible(driver);
  }

  @Test
  void signsOutToTheHomePageInTheLanguageBeingRead() {
    LoginPage login = LoginPage.open(driver, base);
    login.switchLanguageTo("fr");
    login.signInAs("member", LoginPage.DEMO_PASSWORD);
    HomePage home = HomePage.showing(driver, base);
    assertThat(home.signedInAs()).hasValue("Compte : Luc Martin");

    home.signOut();

    assertThat(home.signedInAs()).isEmpty();
    assertThat(home.heading()).isEqualTo("Bienvenue sur Plenary");
    AuditLogPage.request(driver, base);
    assertThat(LoginPage.showing(driver, base).heading()).isEqualTo("Connexion");
  }

  @Test
  void offersASignedInUserToStaySignedInFromAKeyboardUsableWarning() {
    LoginPage.open(driver, base).signInAs("secretariat", LoginPage.DEMO_PASSWORD);
    HomePage home = HomePage.showing(driver, base);

    SessionWarning warning = new SessionWarning(driver).showNow();

    assertThat(warning.text()).contains("signed out in 2 minutes");
    assertThat(warning.focused()).isEqualTo("Stay signed in");
    assertAccessible(driver);

    warning.pressEnter();

    assertThat(warning.isShown()).isFalse();
    assertThat(home.signedInAs()).hasValue("Signed in as Claire Dubois");
    assertThat(browser.consoleMessages()).noneMatch(PublicPagesBrowserIT::isCspViolation);
  }

  /** The entries are all accounts opened: their codes, and the word for an account. */
  private static void assertOnlyAccountsOpened(List<Entry> entries, String account) {
    assertThat(entries)
        .isNotEmpty()
        .allSatisfy(
            entry -> {
              assertThat(entry.actionCode()).isEqualTo("account.opened");
              assertThat(entry.objectType()).isEqualTo(account);
              assertThat(entry.objectTypeCode()).isEqualTo("account");
            });
  }
}
