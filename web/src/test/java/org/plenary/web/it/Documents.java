package org.plenary.web.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Small real documents for upload tests: a PDF made with PDFBox, DOCX and ODT zipped by hand; and
 * the text of a PDF the platform wrote.
 */
public final class Documents {
  private Documents() {}

  /** The text a PDF shows, as PDFBox extracts it. */
  public static String text(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The language a PDF names in its catalogue when it is tagged (marked, with a structure tree),
   * else null.
   */
  public static String taggedLanguage(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      var catalog = document.getDocumentCatalog();
      boolean tagged =
          catalog.getMarkInfo() != null
              && catalog.getMarkInfo().isMarked()
              && catalog.getStructureTreeRoot() != null
              && !catalog.getStructureTreeRoot().getKids().isEmpty();
      return tagged ? catalog.getLanguage() : null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A one-page PDF that says {@code text}. */
  public static byte[] pdf(String text) {
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        content.newLineAtOffset(72, 720);
        content.showText(text);
        content.endText();
      }
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The least a word processor opens as a DOCX: content types, relations and the document. */
  public static byte[] docx(String text) {
    return zip(
        false,
        "[Content_Types].xml",
        "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
            + "content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd."
            + "openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>",
        "word/document.xml",
        "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
            + "wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>"
            + text
            + "</w:t></w:r></w:p></w:body></w:document>");
  }

  /** An ODT: the {@code mimetype} entry first and stored, then the content. */
  public static byte[] odt(String text) {
    return zip(
        true,
        "mimetype",
        "application/vnd.oasis.opendocument.text",
        "content.xml",
        "<?xml version=\"1.0\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:"
            + "opendocument:xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:"
            + "xmlns:text:1.0\"><office:body><office:text><text:p>"
            + text
            + "</text:p></office:text></office:body></office:document-content>");
  }

  /** A Windows program's first bytes, for a file disguised under another name. */
  public static byte[] windowsProgram() {
    byte[] exe = new byte[1024];
    exe[0] = 'M';
    exe[1] = 'Z';
    System.arraycopy(
        "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII),
        0,
        exe,
        78,
        39);
    return exe;
  }

  private static byte[] zip(boolean firstStored, String... namesAndTexts) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (int i = 0; i < namesAndTexts.length; i += 2) {
        byte[] content = namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8);
        ZipEntry entry = new ZipEntry(namesAndTexts[i]);
        if (firstStored && i == 0) {
          CRC32 crc = new CRC32();
          crc.update(content);
          entry.setMethod(ZipEntry.STORED);
          entry.setSize(content.length);
          entry.setCompressedSize(content.length);
          entry.setCrc(crc.getValue());
        }
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
