package org.pathways.transcript.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.pathways.platform.entity.Reader;
import org.pathways.transcript.entity.Transcript;

class TranscriptPdfTest {

  private static final Instant MADE = Instant.parse("2027-07-02T15:00:00Z");

  @Test
  void theTranscriptIsATaggedDocumentInTheReadersLanguage() throws IOException {
    byte[] pdf =
        TranscriptPdf.render(
            TranscriptCsvTest.sample(), new Reader(Locale.forLanguageTag("es"), null), MADE);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
      assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("es");
      assertThat(document.getDocumentInformation().getTitle())
          .isEqualTo("Expediente de desarrollo profesional");
      String text = new PDFTextStripper().getText(document);
      assertThat(text)
          .contains("Ada Lovelace", "TR-CCCC-CCCC-CCCC", "PW-BBBB-BBBB-BBBB", "16.25", "13.75");
    }
  }

  @Test
  void theTranscriptIsPdfUa() {
    org.pathways.testing.PdfUa.assertCompliant(
        "transcript",
        TranscriptPdf.render(TranscriptCsvTest.sample(), new Reader(Locale.ENGLISH, null), MADE));
  }

  @Test
  void theCheckAddressIsALink() throws IOException {
    Transcript transcript = TranscriptCsvTest.sample();
    try (PDDocument document =
        Loader.loadPDF(TranscriptPdf.render(transcript, new Reader(Locale.ENGLISH, null), MADE))) {
      List<String> links =
          document.getPage(0).getAnnotations().stream()
              .filter(PDAnnotationLink.class::isInstance)
              .map(a -> ((PDActionURI) ((PDAnnotationLink) a).getAction()).getURI())
              .toList();
      assertThat(links).contains(transcript.verifyUrl());
    }
  }

  @Test
  void anEmptyTranscriptSaysSo() throws IOException {
    Transcript sample = TranscriptCsvTest.sample();
    Transcript empty =
        new Transcript(
            sample.name(),
            sample.from(),
            sample.to(),
            List.of(),
            java.math.BigDecimal.ZERO,
            null,
            null);
    try (PDDocument document =
        Loader.loadPDF(TranscriptPdf.render(empty, new Reader(Locale.ENGLISH, null), MADE))) {
      assertThat(new PDFTextStripper().getText(document))
          .contains("No course completed and no workshop attended in these days.")
          .doesNotContain("Transcript code");
    }
  }
}
