package org.plenary.web.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A4 pages of flowing text for the printed documents (agenda, consultation report): paragraphs
 * wrapped to the width, centred lines, a new page when one is full, a footer with the page number.
 * Liberation Sans (shipped inside PDFBox) is embedded, so accents and typographic dashes and quotes
 * print everywhere without system fonts; what it cannot draw becomes "?".
 */
public final class PdfPages implements AutoCloseable {
  private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
  public static final float MARGIN = 56;
  public static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

  private final PDDocument document = new PDDocument();
  private final PDType0Font font;
  private final PdfGlyphs glyphs;
  private final String footer;
  private PDPageContentStream page;
  private float y;
  private int pages;

  /** A document with that title; each page's footer is {@code footer – n}. */
  public PdfPages(String title, String footer) {
    this.footer = footer;
    try (InputStream in = PdfPages.class.getResourceAsStream(FONT)) {
      if (in == null) {
        throw new IOException("font not found: " + FONT);
      }
      font = PDType0Font.load(document, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    glyphs = new PdfGlyphs(font);
    document.getDocumentInformation().setTitle(title);
    document.getDocumentInformation().setCreator("Plenary");
  }

  /** The text on one line as the font draws it. */
  public String printable(String text) {
    return glyphs.printable(text);
  }

  /** A paragraph wrapped to the width less {@code indent}, then a little space. */
  public void paragraph(String text, float size, float indent) {
    for (String line : wrap(printable(text), size, WIDTH - indent)) {
      ensureRoom(size * 1.4f);
      show(line, size, MARGIN + indent);
    }
    space(size * 0.4f);
  }

  /** Lines centred on the page. */
  public void centred(String text, float size) {
    for (String line : wrap(printable(text), size, WIDTH)) {
      ensureRoom(size * 1.4f);
      show(line, size, MARGIN + (WIDTH - width(line, size)) / 2);
    }
  }

  public void space(float height) {
    y -= height;
  }

  /** Starts a page with its footer. */
  public void newPage() {
    try {
      if (page != null) {
        page.close();
      }
      PDPage next = new PDPage(PDRectangle.A4);
      document.addPage(next);
      pages++;
      page = new PDPageContentStream(document, next);
      y = PDRectangle.A4.getHeight() - MARGIN;
      page.beginText();
      page.setFont(font, 8);
      page.newLineAtOffset(MARGIN, MARGIN - 20);
      page.showText(printable(footer + " – " + pages));
      page.endText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the document to {@code out}. */
  public void save(OutputStream out) throws IOException {
    if (page != null) {
      page.close();
      page = null;
    }
    document.save(out);
  }

  @Override
  public void close() throws IOException {
    document.close();
  }

  private void show(String line, float size, float x) {
    try {
      y -= size * 1.4f;
      page.beginText();
      page.setFont(font, size);
      page.newLineAtOffset(x, y);
      page.showText(line);
      page.endText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<String> wrap(String text, float size, float width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (width(candidate, size) <= width || line.isEmpty()) {
        line = new StringBuilder(candidate);
      } else {
        lines.add(line.toString());
        line = new StringBuilder(word);
      }
    }
    if (!line.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  private float width(String text, float size) {
    try {
      return font.getStringWidth(text) / 1000 * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void ensureRoom(float height) {
    if (y - height < MARGIN + 20) {
      newPage();
    }
  }
}
