package org.plenary.consultation.consultations.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class CopyTextTest {
  @Test
  void separatesColumnsByTabsAndEndsTheLine() {
    StringBuilder out = new StringBuilder();
    new CopyText().line(out, 51, 7L, 3, "plain", true, false);
    assertThat(out).hasToString("51\t7\t3\tplain\tt\tf\n");
  }

  @Test
  void writesNullAsTheMarkerAndEscapesWhatCopyWouldReadAsSyntax() {
    StringBuilder out = new StringBuilder();
    new CopyText().line(out, 1, null, "a\tb\\c\nd\re", "\\N", "\\.");
    assertThat(out).hasToString("1\t\\N\ta\\tb\\\\c\\nd\\re\t\\\\N\t\\\\.\n");
  }

  @Test
  void writesTimestampsWithTheirOffsetAndKeepsOtherCharacters() {
    StringBuilder out = new StringBuilder();
    new CopyText()
        .line(
            out, 2, OffsetDateTime.parse("2026-11-27T13:00:00.123456Z"), "Accès “équitable” 🌍,\"");
    assertThat(out).hasToString("2\t2026-11-27T13:00:00.123456Z\tAccès “équitable” 🌍,\"\n");
  }

  @Test
  void writesEachTimestampItself() {
    CopyText copy = new CopyText();
    StringBuilder out = new StringBuilder();
    OffsetDateTime time = OffsetDateTime.parse("2026-11-27T13:00:00Z");
    copy.line(out, 1, time, OffsetDateTime.parse("2026-11-27T13:00:00Z"));
    copy.line(out, 2, time.plusNanos(1000));
    assertThat(out)
        .hasToString(
            "1\t2026-11-27T13:00:00Z\t2026-11-27T13:00:00Z\n2\t2026-11-27T13:00:00.000001Z\n");
  }

  @Test
  void refusesATypeItDoesNotKnow() {
    assertThatThrownBy(() -> new CopyText().line(new StringBuilder(), 3, new Object()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
