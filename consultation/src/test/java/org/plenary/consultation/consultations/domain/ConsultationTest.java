package org.plenary.consultation.consultations.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ConsultationTest {
  private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");

  private static Consultation tallinn() {
    return Consultation.open(
        1L,
        2,
        "Handbook",
        Consultation.Period.of(
            LocalDateTime.parse("2026-03-02T09:00"),
            LocalDateTime.parse("2026-03-30T17:00"),
            "Europe/Tallinn"),
        DrafterKind.GROUP,
        "Task Force",
        "member",
        CREATED);
  }

  @Test
  void opensAndClosesAtTheLocalTimesOfItsTimeZone() {
    Consultation consultation = tallinn();
    // 09:00 in Tallinn on 2 March is 07:00 UTC (EET, +02:00)
    assertThat(consultation.status(Instant.parse("2026-03-02T06:59:59Z")))
        .isEqualTo(ConsultationStatus.PLANNED);
    assertThat(consultation.status(Instant.parse("2026-03-02T07:00:00Z")))
        .isEqualTo(ConsultationStatus.OPEN);
    // 17:00 in Tallinn on 30 March is 14:00 UTC (EEST, +03:00, after the change of 29 March)
    assertThat(consultation.status(Instant.parse("2026-03-30T13:59:59Z")))
        .isEqualTo(ConsultationStatus.OPEN);
    assertThat(consultation.status(Instant.parse("2026-03-30T14:00:00Z")))
        .isEqualTo(ConsultationStatus.CLOSED);
    assertThat(consultation.getLocalClosesAt()).isEqualTo(LocalDateTime.parse("2026-03-30T17:00"));
  }

  @Test
  void refusesACommentOutsideTheOpenPeriodWithTheLocalTimesInTheMessage() {
    Consultation consultation = tallinn();
    consultation.requireOpen(Instant.parse("2026-03-10T12:00:00Z"));
    assertThatThrownBy(() -> consultation.requireOpen(Instant.parse("2026-03-31T00:00:00Z")))
        .isInstanceOfSatisfying(
            ConsultationRefused.class,
            refused ->
                assertThat(refused.code()).isEqualTo(ConsultationRefused.Code.CONSULTATION_CLOSED))
        .hasMessageContaining("2026-03-30T17:00")
        .hasMessageContaining("Europe/Tallinn");
    assertThatThrownBy(() -> consultation.requireOpen(Instant.parse("2026-03-01T00:00:00Z")))
        .isInstanceOf(ConsultationRefused.class);
  }

  @Test
  void aPublishedReportClosesTheConsultation() {
    Consultation consultation = tallinn();
    consultation.publishReport(Instant.parse("2026-03-10T12:00:00Z"));
    assertThat(consultation.status(Instant.parse("2026-03-10T12:00:01Z")))
        .isEqualTo(ConsultationStatus.REPORT_PUBLISHED);
  }

  @Test
  void refusesAPeriodThatClosesBeforeItOpensOrAnUnknownTimeZone() {
    assertThatThrownBy(
            () ->
                Consultation.Period.of(
                    LocalDateTime.parse("2026-03-02T09:00"),
                    LocalDateTime.parse("2026-03-02T09:00"),
                    "Europe/Paris"))
        .isInstanceOfSatisfying(
            ConsultationRefused.class,
            refused -> {
              assertThat(refused.code()).isEqualTo(ConsultationRefused.Code.PERIOD_INVALID);
              assertThat(refused.field()).isEqualTo("closesAt");
            });
    assertThatThrownBy(
            () ->
                Consultation.Period.of(
                    LocalDateTime.parse("2026-03-02T09:00"),
                    LocalDateTime.parse("2026-03-03T09:00"),
                    "Mars/Olympus"))
        .isInstanceOfSatisfying(
            ConsultationRefused.class,
            refused -> assertThat(refused.field()).isEqualTo("timeZone"));
  }
}
