package org.plenary.consultation.consultations.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class CopyTextTest {
  @Test
  void separatesColumnsByTabsAndEndsTheLine() {
    StringBuilder out = new StringBuilder();
    CopyText.line(out, 51, 7L, 3, "plain", true, false);
    assertThat(out).hasToString("51\t7\t3\tplain\tt\tf\n");
  }

  @Test
  void writesNullAsTheMarkerAndEscapesWhatCopyWouldReadAsSyntax() {
    StringBuilder out = new StringBuilder();
    CopyText.line(out, 1, null, "a\tb\\c\nd\re", "\\N", "\\.");
    assertThat(out).hasToString("1\t\\N\ta\\tb\\\\c\\nd\\re\t\\\\N\t\\\\.\n");
  }

  @Test
  void writesTimestampsWithTheirOffsetAndKeepsOtherCharacters() {
    StringBuilder out = new StringBuilder();
    CopyText.line(
        out, 2, OffsetDateTime.parse("2026-11-27T13:00:00.123456Z"), "Accès “équitable” 🌍,\"");
    assertThat(out).hasToString("2\t2026-11-27T13:00:00.123456Z\tAccès “équitable” 🌍,\"\n");
  }

  @Test
  void refusesATypeItDoesNotKnow() {
    assertThatThrownBy(() -> CopyText.line(new StringBuilder(), 3, new Object()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
