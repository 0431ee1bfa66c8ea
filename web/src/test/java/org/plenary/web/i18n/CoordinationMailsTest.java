package org.plenary.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.plenary.consultation.coordination.application.PositionRequested;
import org.plenary.core.mail.Mail;

class CoordinationMailsTest {
  @Test
  void remindsInEnglishThenFrenchEachWithItsOwnDateAndLink() {
    Mail mail = mail(PositionRequested.Reason.OVERDUE);

    assertThat(mail.to()).isEqualTo("legal@example.org");
    assertThat(mail.subject()).isEqualTo("Position overdue: Handbook / Avis en retard : Handbook");
    String[] languages = mail.text().split("\n----\n\n");
    assertThat(languages).hasSize(2);
    assertThat(languages[0])
        .startsWith("Dear Liis Tamm,")
        .contains("March 1, 2019")
        .contains("https://plenary.example.org/coordination/round.xhtml?round=7&lang=en");
    assertThat(languages[1])
        .startsWith("Bonjour Liis Tamm,")
        .contains("1 mars 2019")
        .contains("round.xhtml?round=7&lang=fr");
    assertThat(mail.text()).doesNotContain("{");
  }

  @Test
  void asksForThePositionWhenTheRoundStartsWithItsDeadline() {
    Mail mail = mail(PositionRequested.Reason.CONSULTED);

    assertThat(mail.subject())
        .isEqualTo("Your position is asked: Handbook / Votre avis est demandé : Handbook");
    assertThat(mail.text())
        .contains("Ministry of Justice is consulted on \"Handbook\" (version 2)")
        .contains("by March 1, 2019")
        .contains("au plus tard le 1 mars 2019")
        .contains("round.xhtml?round=7&lang=fr")
        .doesNotContain("{");
  }

  private static Mail mail(PositionRequested.Reason reason) {
    return CoordinationMails.of(
        new PositionRequested(
            reason,
            "legal@example.org",
            "Liis Tamm",
            "Ministry of Justice",
            "Handbook",
            2,
            7,
            LocalDate.of(2019, 3, 1)),
        "https://plenary.example.org/");
  }
}
