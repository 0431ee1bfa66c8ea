package org.plenary.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The printed documents are tagged PDF: language, title shown, a structure of headings and
 * paragraphs whose every line is marked content mapped back to its element, and page numbers as
 * artifacts.
 */
class PdfPagesTest {
  @Test
  void everyLineIsMarkedContentOfItsHeadingOrParagraphAndTheFooterIsAnArtifact()
      throws IOException {
    byte[] bytes;
    try (PdfPages pdf = new PdfPages("Agenda V1", "Agenda – V1", Locale.FRENCH)) {
      pdf.newPage();
      pdf.centred(PdfPages.Role.H1, "E-LEADERS 2019", 24);
      pdf.paragraph(PdfPages.Role.H2, "Jour 1", 13, 0);
      // long enough to run over onto a second page
      pdf.paragraph("Délégués. ".repeat(900), 10, 0);
      pdf.paragraph("Fin.", 10, 0);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pdf.save(out);
      bytes = out.toByteArray();
    }

    try (PDDocument document = Loader.loadPDF(bytes)) {
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("fr");
      assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
      assertThat(document.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
      assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Agenda V1");
      assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);

      PDStructureTreeRoot structure = document.getDocumentCatalog().getStructureTreeRoot();
      PDStructureElement root = (PDStructureElement) structure.getKids().get(0);
      assertThat(root.getStructureType()).isEqualTo("Document");
      List<String> types = new ArrayList<>();
      root.getKids().forEach(kid -> types.add(((PDStructureElement) kid).getStructureType()));
      assertThat(types).containsExactly("H1", "H2", "P", "P");

      for (PDPage page : document.getPages()) {
        List<Integer> ids = new ArrayList<>();
        int artifacts = 0;
        List<Object> tokens = new PDFStreamParser(page).parse();
        for (int i = 0; i < tokens.size(); i++) {
          if (tokens.get(i) instanceof Operator op && op.getName().equals("BDC")) {
            COSName tag = (COSName) tokens.get(i - 2);
            if (tag.equals(COSName.ARTIFACT)) {
              artifacts++;
            } else {
              assertThat(tag.getName()).isIn("H1", "H2", "P");
              ids.add(((COSDictionary) tokens.get(i - 1)).getInt(COSName.MCID));
            }
          }
        }
        assertThat(artifacts).as("the page number").isEqualTo(1);
        assertThat(ids).isNotEmpty();
        COSArray mapped =
            (COSArray)
                ((COSObjectable) structure.getParentTree().getValue(page.getStructParents()))
                    .getCOSObject();
        assertThat(mapped.size()).as("one element per marked content id").isEqualTo(ids.size());
        for (int id : ids) {
          assertThat(mapped.getObject(id)).isInstanceOf(COSDictionary.class);
        }
      }
      assertThat(new PDFTextStripper().getText(document))
          .contains("E-LEADERS 2019", "Jour 1", "Fin.", "Agenda – V1 – 2");
    }
  }
}
