package org.pathways.reflection.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.pathways.platform.control.Texts;
import org.pathways.platform.entity.Reader;
import org.pathways.testing.PdfUa;

class JournalPdfTest {

  private static final Instant AT = Instant.parse("2026-11-20T15:00:00Z");

  private static ReflectionJournal.Journal journal(int entries, Reader reader) {
    List<ReflectionJournal.Entry> list = new ArrayList<>();
    for (int i = 1; i <= entries; i++) {
      String text =
          ("In lesson " + i + " my students compared two texts and argued from evidence. ")
                  .repeat(12)
              + "\n\n"
              + "Next time I will model the first comparison aloud — 李 and 🙂 too.";
      list.add(
          new ReflectionJournal.Entry(
              "Reflection " + i, "What changed in your classroom?", text, 1, AT, i % 2 == 0));
    }
    list.add(new ReflectionJournal.Entry("Unwritten", "Still to come?", null, null, null, false));
    return new ReflectionJournal.Journal(
        "Reading across the curriculum", "Ana Pérez", AT, list, reader);
  }

  @Test
  void aJournalLongerThanOnePageIsPdfUa1WithItsPromptsAsHeadings() throws IOException {
    byte[] pdf = new JournalPdf().render(journal(8, Reader.UNKNOWN));
    PdfUa.assertCompliant("a long journal", pdf);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isGreaterThan(2);
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
      PDStructureElement top =
          (PDStructureElement)
              document.getDocumentCatalog().getStructureTreeRoot().getKids().get(0);
      List<String> types =
          top.getKids().stream()
              .filter(PDStructureElement.class::isInstance)
              .map(kid -> ((PDStructureElement) kid).getStructureType())
              .toList();
      assertThat(types).startsWith("H1", "P", "H2", "P", "P").contains("H2").doesNotContain("H3");
      assertThat(types.stream().filter("H2"::equals)).hasSize(9);
      String text = new PDFTextStripper().getText(document);
      assertThat(text)
          .contains(
              "Reflection 8",
              "model the first comparison aloud — ? and ? too.",
              Texts.in(Locale.ENGLISH, "reflection.journal.pdf.not_written"));
    }
  }

  @Test
  void aSpanishJournalSaysSoInItsLanguage() throws IOException {
    byte[] pdf = new JournalPdf().render(journal(1, new Reader(Locale.forLanguageTag("es"), null)));
    PdfUa.assertCompliant("a Spanish journal", pdf);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("es");
      assertThat(document.getDocumentInformation().getTitle())
          .isEqualTo(
              Texts.in(
                  Locale.forLanguageTag("es"),
                  "reflection.journal.pdf.title",
                  "Reading across the curriculum"));
    }
  }
}
