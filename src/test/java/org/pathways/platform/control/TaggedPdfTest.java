package org.pathways.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.pathways.testing.PdfUa;

class TaggedPdfTest {

  private static final String ADDRESS = "https://pathways.example/verify/ABCD-1234";

  private static List<List<String>> rows(int count) {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      rows.add(
          List.of("Course " + i + " on reading across the curriculum", "2026-09-0" + i % 9, "2"));
    }
    return rows;
  }

  private static byte[] transcriptLike() {
    return TaggedPdf.portrait(Locale.forLanguageTag("es"), "Expediente de formación")
        .author("Pathways")
        .heading(1, "Expediente de formación")
        .paragraph("María Núñez, del 1 de septiembre de 2026 al 30 de junio de 2027.")
        .rule()
        .heading(2, "Actividades")
        .table(List.of("Actividad", "Fecha", "Horas"), rows(70), List.of("Total", "", "140"))
        .link("Verifíquelo en " + ADDRESS, ADDRESS)
        .bytes();
  }

  @Test
  void aDocumentWithHeadingsAMultiPageTableAndALinkIsPdfUa1() {
    PdfUa.assertCompliant("the transcript-like document", transcriptLike());
  }

  @Test
  void theDocumentIsTaggedWithItsLanguageTitleAndStructureInReadingOrder() throws IOException {
    try (PDDocument document = Loader.loadPDF(transcriptLike())) {
      var catalog = document.getDocumentCatalog();
      assertThat(catalog.getMarkInfo().isMarked()).isTrue();
      assertThat(catalog.getLanguage()).isEqualTo("es");
      assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
      assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Expediente de formación");
      assertThat(new String(catalog.getMetadata().toByteArray(), "UTF-8"))
          .contains("<pdfuaid:part>1</pdfuaid:part>", "Expediente de formación");
      assertThat(document.getNumberOfPages()).isGreaterThan(1);
      PDStructureElement top = (PDStructureElement) catalog.getStructureTreeRoot().getKids().get(0);
      assertThat(top.getStructureType()).isEqualTo("Document");
      assertThat(types(top)).containsExactly("H1", "P", "H2", "Table", "P");
      PDStructureElement table = (PDStructureElement) top.getKids().get(3);
      assertThat(types(table)).containsExactly("THead", "TBody", "TFoot");
      assertThat(types((PDStructureElement) table.getKids().get(1))).hasSize(70);
      for (var page : document.getPages()) {
        assertThat(page.getCOSObject().getNameAsString("Tabs")).isEqualTo("S");
      }
    }
  }

  @Test
  void theHeaderRowIsDrawnAgainOnEveryPageTheTableContinuesOn() throws IOException {
    try (PDDocument document = Loader.loadPDF(transcriptLike())) {
      PDFTextStripper stripper = new PDFTextStripper();
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        assertThat(stripper.getText(document)).contains("Actividad");
      }
    }
  }

  @Test
  void theLinkIsAnAnnotationWithItsAddressAndDescriptionInsideALinkElement() throws IOException {
    try (PDDocument document = Loader.loadPDF(transcriptLike())) {
      var last = document.getPage(document.getNumberOfPages() - 1);
      var links =
          last.getAnnotations().stream()
              .filter(PDAnnotationLink.class::isInstance)
              .map(PDAnnotationLink.class::cast)
              .toList();
      assertThat(links).isNotEmpty();
      PDAnnotationLink link = links.get(0);
      assertThat(((PDActionURI) link.getAction()).getURI()).isEqualTo(ADDRESS);
      assertThat(link.getContents()).contains(ADDRESS);
      assertThat(link.getStructParent()).isGreaterThanOrEqualTo(0);
      PDStructureElement top =
          (PDStructureElement)
              document.getDocumentCatalog().getStructureTreeRoot().getKids().get(0);
      PDStructureElement paragraph = (PDStructureElement) top.getKids().get(4);
      assertThat(types(paragraph)).containsExactly("Link");
    }
  }

  @Test
  void charactersTheFontLacksPrintAsQuestionMarksAndLongWordsWrap() throws IOException {
    String name = "李雷 Łukasz Øster-" + "Wiederaufbauversicherungsgesellschaft".repeat(4);
    byte[] pdf =
        TaggedPdf.landscape(Locale.ENGLISH, "Certificate for " + name)
            .framed()
            .centred(true)
            .heading(1, "Certificate of completion", 30)
            .paragraph(name, 26)
            .paragraph("Lorem ipsum dolor sit amet. ".repeat(200))
            .link("Verify it at " + ADDRESS, ADDRESS, 11)
            .bytes();
    PdfUa.assertCompliant("a certificate-like document with a long, partly unprintable name", pdf);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("?? Łukasz", "Øster-Wiederauf");
      assertThat(document.getNumberOfPages()).isGreaterThan(1);
    }
  }

  private static List<String> types(PDStructureNode node) {
    return node.getKids().stream()
        .filter(PDStructureElement.class::isInstance)
        .map(kid -> ((PDStructureElement) kid).getStructureType())
        .toList();
  }
}
