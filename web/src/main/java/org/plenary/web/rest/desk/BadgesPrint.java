package org.plenary.web.rest.desk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.plenary.agenda.registrations.application.RegistrationDesk.Badge;
import org.plenary.web.rest.PdfGlyphs;

/**
 * Name badges on A4, eight to a page (two columns of four) with cutting frames: the name large,
 * then organisation, country and the meeting. Liberation Sans (bundled with PDFBox) is embedded; a
 * character it cannot draw becomes "?", and a line too long for the badge is shortened with "…".
 */
final class BadgesPrint {
  private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
  static final int COLUMNS = 2;
  static final int ROWS = 4;
  private static final float MARGIN = 36;
  private static final float PADDING = 14;

  private final PDDocument document = new PDDocument();
  private final PDType0Font font;
  private final PdfGlyphs glyphs;

  private BadgesPrint() throws IOException {
    try (InputStream in = BadgesPrint.class.getResourceAsStream(FONT)) {
      if (in == null) {
        throw new IOException("font not found: " + FONT);
      }
      font = PDType0Font.load(document, in);
    }
    glyphs = new PdfGlyphs(font);
  }

  static byte[] of(String meetingTitle, List<Badge> badges) {
    try {
      return new BadgesPrint().write(meetingTitle, badges);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private byte[] write(String meetingTitle, List<Badge> badges) throws IOException {
    try (document) {
      document.getDocumentInformation().setTitle("Name badges – " + meetingTitle);
      document.getDocumentInformation().setCreator("Plenary");
      float width = (PDRectangle.A4.getWidth() - 2 * MARGIN) / COLUMNS;
      float height = (PDRectangle.A4.getHeight() - 2 * MARGIN) / ROWS;
      int perPage = COLUMNS * ROWS;
      for (int start = 0; start < Math.max(1, badges.size()); start += perPage) {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          for (int i = start; i < Math.min(badges.size(), start + perPage); i++) {
            int slot = i - start;
            float x = MARGIN + (slot % COLUMNS) * width;
            float top = PDRectangle.A4.getHeight() - MARGIN - (slot / COLUMNS) * height;
            badge(content, badges.get(i), x, top, width, height);
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }

  private void badge(
      PDPageContentStream content, Badge badge, float x, float top, float width, float height)
      throws IOException {
    content.setLineWidth(0.5f);
    content.addRect(x, top - height, width, height);
    content.stroke();
    float inner = width - 2 * PADDING;
    float y = top - PADDING - 30;
    line(content, badge.name(), 20, x + PADDING, y, inner);
    y -= 28;
    line(content, badge.organisation(), 12, x + PADDING, y, inner);
    y -= 18;
    line(content, badge.country(), 12, x + PADDING, y, inner);
    line(content, badge.meeting(), 9, x + PADDING, top - height + PADDING, inner);
  }

  private void line(PDPageContentStream content, String text, float size, float x, float y, float w)
      throws IOException {
    if (text == null || text.isBlank()) {
      return;
    }
    String shown = fitted(glyphs.printable(text), size, w);
    content.beginText();
    content.setFont(font, size);
    content.newLineAtOffset(x, y);
    content.showText(shown);
    content.endText();
  }

  private String fitted(String text, float size, float width) throws IOException {
    if (font.getStringWidth(text) / 1000 * size <= width) {
      return text;
    }
    String shortened = text;
    while (shortened.length() > 1 && font.getStringWidth(shortened + "…") / 1000 * size > width) {
      shortened = shortened.substring(0, shortened.length() - 1);
    }
    return shortened.strip() + "…";
  }
}
