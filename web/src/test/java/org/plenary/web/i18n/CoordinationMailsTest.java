package org.plenary.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.plenary.consultation.coordination.application.PositionOverdue;
import org.plenary.core.mail.Mail;

class CoordinationMailsTest {
  @Test
  void remindsInEnglishThenFrenchEachWithItsOwnDateAndLink() {
    Mail mail =
        CoordinationMails.of(
            new PositionOverdue(
                "legal@example.org",
                "Liis Tamm",
                "Ministry of Justice",
                "Handbook",
                2,
                7,
                LocalDate.of(2019, 3, 1)),
            "https://plenary.example.org/");

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
}
