package org.plenary.web.rest;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * What an embedded PDF font can draw: text on one line, with runs of white space made one space and
 * any character the font has no glyph for replaced by "?", so that writing never fails.
 */
public final class PdfGlyphs {
  private final PDType0Font font;
  private final Map<Integer, Boolean> drawable = new HashMap<>();

  public PdfGlyphs(PDType0Font font) {
    this.font = font;
  }

  /** The text on one line, with any character the font cannot draw replaced by "?". */
  public String printable(String text) {
    StringBuilder out = new StringBuilder();
    text.replaceAll("\\s+", " ")
        .strip()
        .codePoints()
        .forEach(
            codePoint ->
                out.append(
                    drawable.computeIfAbsent(codePoint, this::canDraw)
                        ? new String(Character.toChars(codePoint))
                        : "?"));
    return out.toString();
  }

  private boolean canDraw(int codePoint) {
    try {
      font.encode(new String(Character.toChars(codePoint)));
      return true;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }
}
