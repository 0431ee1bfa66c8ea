package org.plenary.web.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * A4 pages of flowing text for the printed documents (agenda, consultation report, minutes):
 * paragraphs wrapped to the width, centred lines, a new page when one is full, a footer with the
 * page number. Liberation Sans (shipped inside PDFBox) is embedded, so accents and typographic
 * dashes and quotes print everywhere without system fonts; what it cannot draw becomes "?".
 *
 * <p>The PDF is tagged, as public-sector documents must be accessible (EN 301 549, 10): the
 * catalogue says so (MarkInfo) and names the document's language and title; each paragraph or
 * heading is a structure element (H1–H3, P) whose lines are marked content in reading order, and
 * the footer is a pagination artifact, so screen readers read the text as written and skip the page
 * numbers.
 */
public final class PdfPages implements AutoCloseable {
  private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
  public static final float MARGIN = 56;
  public static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

  /** What a block of text is to a reader: a heading of a level, or a paragraph. */
  public enum Role {
    H1(StandardStructureTypes.H1),
    H2(StandardStructureTypes.H2),
    H3(StandardStructureTypes.H3),
    P(StandardStructureTypes.P);

    private final String type;

    Role(String type) {
      this.type = type;
    }
  }

  private final PDDocument document = new PDDocument();
  private final PDType0Font font;
  private final PdfGlyphs glyphs;
  private final String footer;
  private final PDStructureTreeRoot structure = new PDStructureTreeRoot();
  private final PDStructureElement root;
  private final Map<Integer, PDParentTreeValue> parentTree = new HashMap<>();
  private PDPageContentStream page;
  private PDPage current;

  /** The structure element of each marked-content id of the current page, in order. */
  private COSArray marked;

  private float y;
  private int pages;

  /** A document with that title, in that language; each page's footer is {@code footer – n}. */
  public PdfPages(String title, String footer, Locale language) {
    this.footer = footer;
    PDDocumentCatalog catalog = document.getDocumentCatalog();
    catalog.setLanguage(language.toLanguageTag());
    PDMarkInfo markInfo = new PDMarkInfo();
    markInfo.setMarked(true);
    catalog.setMarkInfo(markInfo);
    PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
    preferences.setDisplayDocTitle(true);
    catalog.setViewerPreferences(preferences);
    catalog.setStructureTreeRoot(structure);
    root = new PDStructureElement(StandardStructureTypes.DOCUMENT, structure);
    structure.appendKid(root);
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
    paragraph(Role.P, text, size, indent);
  }

  /** A heading or paragraph wrapped to the width less {@code indent}, then a little space. */
  public void paragraph(Role role, String text, float size, float indent) {
    PDStructureElement element = element(role);
    for (String line : wrap(printable(text), size, WIDTH - indent)) {
      ensureRoom(size * 1.4f);
      show(element, line, size, MARGIN + indent);
    }
    space(size * 0.4f);
  }

  /** Lines centred on the page. */
  public void centred(String text, float size) {
    centred(Role.P, text, size);
  }

  /** A heading or paragraph centred on the page. */
  public void centred(Role role, String text, float size) {
    PDStructureElement element = element(role);
    for (String line : wrap(printable(text), size, WIDTH)) {
      ensureRoom(size * 1.4f);
      show(element, line, size, MARGIN + (WIDTH - width(line, size)) / 2);
    }
  }

  public void space(float height) {
    y -= height;
  }

  /** Starts a page with its footer (a pagination artifact, outside the structure). */
  public void newPage() {
    try {
      closePage();
      current = new PDPage(PDRectangle.A4);
      current.setStructParents(pages);
      document.addPage(current);
      pages++;
      marked = new COSArray();
      page = new PDPageContentStream(document, current);
      y = PDRectangle.A4.getHeight() - MARGIN;
      COSDictionary pagination = new COSDictionary();
      pagination.setItem(COSName.TYPE, COSName.getPDFName("Pagination"));
      page.beginMarkedContent(COSName.ARTIFACT, PDPropertyList.create(pagination));
      page.beginText();
      page.setFont(font, 8);
      page.newLineAtOffset(MARGIN, MARGIN - 20);
      page.showText(printable(footer + " – " + pages));
      page.endText();
      page.endMarkedContent();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the document to {@code out}. */
  public void save(OutputStream out) throws IOException {
    closePage();
    PDNumberTreeNode tree = new PDNumberTreeNode(PDParentTreeValue.class);
    tree.setNumbers(parentTree);
    structure.setParentTree(tree);
    structure.setParentTreeNextKey(pages);
    document.save(out);
  }

  /** Ends the current page's content; the parent tree maps its marked content to its elements. */
  private void closePage() throws IOException {
    if (page != null) {
      page.close();
      page = null;
      parentTree.put(current.getStructParents(), new PDParentTreeValue(marked));
    }
  }

  private PDStructureElement element(Role role) {
    PDStructureElement element = new PDStructureElement(role.type, root);
    root.appendKid(element);
    return element;
  }

  @Override
  public void close() throws IOException {
    document.close();
  }

  /** Draws a line of an element as marked content of it. */
  private void show(PDStructureElement element, String line, float size, float x) {
    try {
      y -= size * 1.4f;
      int id = marked.size();
      marked.add(element);
      PDMarkedContentReference reference = new PDMarkedContentReference();
      reference.setMCID(id);
      reference.setPage(current);
      element.appendKid(reference);
      if (element.getPage() == null) {
        element.setPage(current);
      }
      page.beginMarkedContent(COSName.getPDFName(element.getStructureType()), id);
      page.beginText();
      page.setFont(font, size);
      page.newLineAtOffset(x, y);
      page.showText(line);
      page.endText();
      page.endMarkedContent();
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
