package org.plenary.core.files.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class FileSnifferTest {
  private final FileSniffer sniffer = new FileSniffer();

  @Test
  void recognisesAPdfByItsHeader() throws IOException {
    assertThat(
            sniff(
                "%PDF-1.7\n%âãÏÓ\n1 0 obj <<>> endobj\n%%EOF\n"
                    .getBytes(StandardCharsets.ISO_8859_1)))
        .isEqualTo(FileType.PDF);
  }

  @Test
  void recognisesADocxByItsEntries() throws IOException {
    byte[] docx =
        zip(
            new Entry("[Content_Types].xml", "<Types/>"),
            new Entry("_rels/.rels", "<Relationships/>"),
            new Entry("word/document.xml", "<w:document/>"));
    assertThat(sniff(docx)).isEqualTo(FileType.DOCX);
  }

  @Test
  void recognisesAnOdtByItsMimetypeEntry() throws IOException {
    byte[] odt =
        zip(
            new Entry("mimetype", "application/vnd.oasis.opendocument.text", true),
            new Entry("content.xml", "<office:document-content/>"));
    assertThat(sniff(odt)).isEqualTo(FileType.ODT);
  }

  @Test
  void refusesHtmlNamedAsAPdf() {
    byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
    assertRefused(html, FileRefused.Rule.TYPE_NOT_ALLOWED);
  }

  @Test
  void refusesAWindowsProgramNamedAsADocx() {
    byte[] exe = new byte[512];
    exe[0] = 'M';
    exe[1] = 'Z';
    assertRefused(exe, FileRefused.Rule.TYPE_NOT_ALLOWED);
  }

  @Test
  void refusesAnEmptyFile() {
    assertRefused(new byte[0], FileRefused.Rule.EMPTY);
  }

  @Test
  void refusesAnArchiveThatIsNeitherDocxNorOdt() throws IOException {
    assertRefused(
        zip(new Entry("index.html", "<script></script>")), FileRefused.Rule.TYPE_NOT_ALLOWED);
    assertRefused(
        zip(new Entry("mimetype", "application/vnd.oasis.opendocument.spreadsheet", true)),
        FileRefused.Rule.TYPE_NOT_ALLOWED);
    assertRefused(
        zip(new Entry("[Content_Types].xml", "<Types/>")), FileRefused.Rule.TYPE_NOT_ALLOWED);
  }

  @Test
  void refusesATruncatedArchive() throws IOException {
    byte[] docx =
        zip(
            new Entry("[Content_Types].xml", "<Types/>".repeat(500)),
            new Entry("word/document.xml", "<w:document/>"));
    byte[] cut = java.util.Arrays.copyOf(docx, 60);
    assertThatThrownBy(() -> sniff(cut)).isInstanceOf(Exception.class);
  }

  @Test
  void stopsInflatingAZipBombAtTheLimit() throws IOException {
    // 8 MiB of zeros deflate to a few kilobytes: far more than this sniffer's 1 MiB limit
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      byte[] zeros = new byte[1024 * 1024];
      for (int i = 0; i < 8; i++) {
        zip.write(zeros);
      }
    }
    assertThat(bytes.size()).isLessThan(64 * 1024);
    FileSniffer small = new FileSniffer(100, 1024 * 1024);
    assertThatThrownBy(() -> small.sniff(new ByteArrayInputStream(bytes.toByteArray())))
        .isInstanceOfSatisfying(
            FileRefused.class,
            r -> assertThat(r.rule()).isEqualTo(FileRefused.Rule.ARCHIVE_TOO_LARGE));
    assertThat(
            new FileSniffer(100, 16 * 1024 * 1024)
                .sniff(new ByteArrayInputStream(bytes.toByteArray())))
        .isEqualTo(FileType.DOCX);
  }

  @Test
  void stopsAtTooManyEntries() throws IOException {
    Entry[] entries = new Entry[12];
    entries[0] = new Entry("[Content_Types].xml", "<Types/>");
    entries[1] = new Entry("word/document.xml", "<w:document/>");
    for (int i = 2; i < entries.length; i++) {
      entries[i] = new Entry("word/media/" + i + ".xml", "x");
    }
    byte[] many = zip(entries);
    assertThatThrownBy(() -> new FileSniffer(10, 1024 * 1024).sniff(new ByteArrayInputStream(many)))
        .isInstanceOfSatisfying(
            FileRefused.class,
            r -> assertThat(r.rule()).isEqualTo(FileRefused.Rule.ARCHIVE_TOO_LARGE));
    assertThat(sniff(many)).isEqualTo(FileType.DOCX);
  }

  private FileType sniff(byte[] content) throws IOException {
    return sniffer.sniff(new ByteArrayInputStream(content));
  }

  private void assertRefused(byte[] content, FileRefused.Rule rule) {
    assertThatThrownBy(() -> sniff(content))
        .isInstanceOfSatisfying(FileRefused.class, r -> assertThat(r.rule()).isEqualTo(rule));
  }

  record Entry(String name, String text, boolean stored) {
    Entry(String name, String text) {
      this(name, text, false);
    }
  }

  static byte[] zip(Entry... entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Entry entry : entries) {
        byte[] content = entry.text().getBytes(StandardCharsets.UTF_8);
        ZipEntry zipEntry = new ZipEntry(entry.name());
        if (entry.stored()) {
          CRC32 crc = new CRC32();
          crc.update(content);
          zipEntry.setMethod(ZipEntry.STORED);
          zipEntry.setSize(content.length);
          zipEntry.setCompressedSize(content.length);
          zipEntry.setCrc(crc.getValue());
        }
        zip.putNextEntry(zipEntry);
        zip.write(content);
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
