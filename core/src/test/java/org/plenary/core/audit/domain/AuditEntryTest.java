package org.plenary.core.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditEntryTest {
  private static final Instant NOON = Instant.parse("2019-09-19T10:00:00Z");

  @Test
  void keepsTheMomentInUtc() {
    AuditEntry entry =
        new AuditEntry(NOON, "secretariat", "meeting.planned", "meeting", "e-leaders-2019", null);

    assertThat(entry.getOccurredAt()).isEqualTo(NOON);
  }

  @Test
  void shortensOverlongDetailsInsteadOfFailingTheChangeItRecords() {
    AuditEntry entry = new AuditEntry(NOON, "system", "x", "y", null, "a".repeat(5000));

    assertThat(entry.getDetails()).hasSize(AuditEntry.MAX_DETAILS).endsWith("…");
  }

  @Test
  void needsAnActorAndAnAction() {
    assertThatNullPointerException()
        .isThrownBy(() -> new AuditEntry(NOON, null, "x", "y", null, null));
    assertThatNullPointerException()
        .isThrownBy(() -> new AuditEntry(NOON, "a", null, "y", null, null));
  }
}
