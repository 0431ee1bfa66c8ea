package org.plenary.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.plenary.agenda.registrations.application.RegistrationDecided;
import org.plenary.agenda.registrations.application.RegistrationDecided.Kind;
import org.plenary.core.mail.Mail;

class RegistrationDecisionMailsTest {
  @Test
  void givesTheReasonOfADeclineInFrench() {
    Mail mail =
        RegistrationDecisionMails.of(
            new RegistrationDecided(
                Kind.DECLINED, "a@example.org", "Anne Ó", "fr", "E-Leaders 2019", "Complet $1"));

    assertThat(mail.to()).isEqualTo("a@example.org");
    assertThat(mail.subject()).isEqualTo("Inscription refusée : E-Leaders 2019");
    assertThat(mail.text())
        .startsWith("Bonjour Anne Ó,")
        .contains("pour ce motif :\n\nComplet $1")
        .doesNotContain("{");
  }

  @Test
  void approvesInEnglishForAnyOtherLanguage() {
    Mail mail =
        RegistrationDecisionMails.of(
            new RegistrationDecided(
                Kind.APPROVED, "b@example.org", "Bo", "de", "E-Leaders 2019", null));

    assertThat(mail.subject()).isEqualTo("Registration approved: E-Leaders 2019");
    assertThat(mail.text()).startsWith("Dear Bo,").doesNotContain("{");
  }
}
