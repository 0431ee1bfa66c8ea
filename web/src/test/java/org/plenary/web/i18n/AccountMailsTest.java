package org.plenary.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.plenary.core.accounts.domain.AccountNotice;
import org.plenary.core.accounts.domain.AccountNotice.Kind;
import org.plenary.core.mail.Mail;

class AccountMailsTest {
  private static final String SITE = "https://plenary.example.org/";

  @Test
  void linksTheConfirmationPageWithTheTokenInTheLanguageOfTheRequest() {
    Mail mail =
        AccountMails.of(
            new AccountNotice(
                Kind.CONFIRM_ADDRESS, "a@example.org", "Anne Ó", Locale.FRENCH, "t0k-en_", null),
            SITE);

    assertThat(mail.to()).isEqualTo("a@example.org");
    assertThat(mail.subject()).isEqualTo("Confirmez votre adresse électronique pour Plenary");
    assertThat(mail.text())
        .startsWith("Bonjour Anne Ó,")
        .contains(SITE + "accounts/confirm.xhtml?lang=fr&token=t0k-en_")
        .doesNotContain("{");
  }

  @Test
  void givesTheReasonOfADeclineInEnglishForAnyOtherLanguage() {
    Mail mail =
        AccountMails.of(
            new AccountNotice(
                Kind.DECLINED, "b@example.org", "Bo", Locale.GERMAN, null, "Only delegations $1"),
            SITE);

    assertThat(mail.subject()).isEqualTo("Your Plenary account request");
    assertThat(mail.text()).contains("Only delegations $1").doesNotContain("{");
  }

  @Test
  void hasEveryMailInBothLanguages() {
    for (Kind kind : Kind.values()) {
      for (Locale language : Language.SUPPORTED) {
        Mail mail =
            AccountMails.of(
                new AccountNotice(kind, "c@example.org", "Cy", language, "tok", "why"), SITE);
        assertThat(mail.subject()).isNotBlank();
        assertThat(mail.text()).contains("Cy").doesNotContain("{name}").doesNotContain("{link}");
      }
    }
  }
}
