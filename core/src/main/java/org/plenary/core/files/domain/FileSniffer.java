package org.plenary.core.files.domain;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.plenary.core.files.domain.FileRefused.Rule;

/**
 * Tells a PDF, DOCX or ODT by its bytes, whatever its name: a PDF starts with {@code %PDF-}; DOCX
 * and ODT are ZIP archives, a DOCX with the entries {@code [Content_Types].xml} and {@code
 * word/document.xml}, an ODT with a {@code mimetype} entry reading {@code
 * application/vnd.oasis.opendocument.text}. An archive is read to its end with a cap on the number
 * of entries and on the bytes inflated, so a small "zip bomb" cannot exhaust memory or time.
 */
public final class FileSniffer {
  public static final int DEFAULT_MAX_ENTRIES = 10_000;
  public static final long DEFAULT_MAX_INFLATED_BYTES = 256L * 1024 * 1024;

  private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final String ODT_MIMETYPE = FileType.ODT.contentType();

  private final int maxEntries;
  private final long maxInflatedBytes;

  public FileSniffer() {
    this(DEFAULT_MAX_ENTRIES, DEFAULT_MAX_INFLATED_BYTES);
  }

  public FileSniffer(int maxEntries, long maxInflatedBytes) {
    this.maxEntries = maxEntries;
    this.maxInflatedBytes = maxInflatedBytes;
  }

  /**
   * The type of the content read from {@code in} (not closed).
   *
   * @throws FileRefused when it is empty, not one of the accepted types, or an archive too large
   */
  public FileType sniff(InputStream in) throws IOException {
    BufferedInputStream content = new BufferedInputStream(in);
    content.mark(16);
    byte[] head = content.readNBytes(8);
    content.reset();
    if (head.length == 0) {
      throw new FileRefused(Rule.EMPTY, "the file is empty");
    }
    if (startsWith(head, PDF)) {
      return FileType.PDF;
    }
    if (startsWith(head, ZIP)) {
      return archive(content);
    }
    throw new FileRefused(Rule.TYPE_NOT_ALLOWED, "the file is not a PDF, DOCX or ODT document");
  }

  private FileType archive(InputStream content) throws IOException {
    boolean contentTypes = false;
    boolean wordDocument = false;
    boolean odt = false;
    int entries = 0;
    long inflated = 0;
    byte[] buffer = new byte[8192];
    try (ZipInputStream zip = new ZipInputStream(content, StandardCharsets.UTF_8)) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (++entries > maxEntries) {
          throw new FileRefused(Rule.ARCHIVE_TOO_LARGE, "the archive has too many entries");
        }
        String name = entry.getName();
        contentTypes |= name.equals("[Content_Types].xml");
        wordDocument |= name.equals("word/document.xml");
        if (name.equals("mimetype")) {
          // one byte more than expected: a longer entry does not read as the ODT type
          byte[] start = zip.readNBytes(ODT_MIMETYPE.length() + 1);
          inflated += start.length;
          odt = new String(start, StandardCharsets.US_ASCII).equals(ODT_MIMETYPE);
        }
        for (int read = zip.read(buffer); read >= 0; read = zip.read(buffer)) {
          inflated += read;
          if (inflated > maxInflatedBytes) {
            throw new FileRefused(
                Rule.ARCHIVE_TOO_LARGE, "the archive inflates to more than the limit");
          }
        }
      }
    } catch (ZipException | IllegalArgumentException broken) {
      throw new FileRefused(Rule.TYPE_NOT_ALLOWED, "the file is not a readable ZIP document");
    }
    if (contentTypes && wordDocument) {
      return FileType.DOCX;
    }
    if (odt) {
      return FileType.ODT;
    }
    throw new FileRefused(Rule.TYPE_NOT_ALLOWED, "the archive is neither a DOCX nor an ODT");
  }

  private static boolean startsWith(byte[] head, byte[] magic) {
    return head.length >= magic.length && Arrays.equals(Arrays.copyOf(head, magic.length), magic);
  }
}
