package org.plenary.core.files.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StoredFileTest {
  @Test
  void keepsOnlyTheLastPathSegmentWithoutReservedCharacters() {
    assertThat(StoredFile.displayName("C:\\Users\\x\\..\\Report <final>.pdf", FileType.PDF))
        .isEqualTo("Report final.pdf");
    assertThat(StoredFile.displayName("../../etc/passwd", FileType.PDF)).isEqualTo("passwd.pdf");
    assertThat(StoredFile.displayName("a\r\nX-Header: b\"c;d.docx", FileType.DOCX))
        .isEqualTo("aX-Header bcd.docx");
  }

  @Test
  void endsInTheExtensionOfTheCheckedType() {
    assertThat(StoredFile.displayName("programme.exe", FileType.DOCX))
        .isEqualTo("programme.exe.docx");
    assertThat(StoredFile.displayName("Note.PDF", FileType.PDF)).isEqualTo("Note.pdf");
    assertThat(StoredFile.displayName("", FileType.ODT)).isEqualTo("document.odt");
    assertThat(StoredFile.displayName(null, FileType.ODT)).isEqualTo("document.odt");
    assertThat(StoredFile.displayName("...", FileType.PDF)).isEqualTo("document.pdf");
  }

  @Test
  void keepsAccentsAndShortensLongNames() {
    assertThat(StoredFile.displayName("Synthèse des réponses.odt", FileType.ODT))
        .isEqualTo("Synthèse des réponses.odt");
    assertThat(StoredFile.displayName("x".repeat(500) + ".pdf", FileType.PDF))
        .hasSize(StoredFile.MAX_NAME)
        .endsWith("x.pdf");
  }
}
