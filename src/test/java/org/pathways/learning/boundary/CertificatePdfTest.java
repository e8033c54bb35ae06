package org.pathways.learning.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.pathways.learning.entity.Certificate;
import org.pathways.platform.control.Texts;
import org.pathways.platform.entity.Reader;
import org.pathways.testing.PdfUa;

class CertificatePdfTest {

  private static final String VERIFY = "https://pathways.example/verify/K7Q2-MX4P";
  private static final Instant AT = Instant.parse("2026-11-20T15:00:00Z");
  private static final Reader SPANISH =
      new Reader(Locale.forLanguageTag("es"), ZoneId.of("America/Chicago"));

  private static Certificate course(String holder, String title) {
    return new Certificate(
        "K7Q2-MX4P", UUID.randomUUID(), holder, "reading", title, new BigDecimal("6"), AT);
  }

  private static Certificate workshop(String holder, String title) {
    return Certificate.ofWorkshop(
        "K7Q2-MX4P",
        UUID.randomUUID(),
        UUID.randomUUID(),
        holder,
        title,
        new BigDecimal("4.5"),
        AT);
  }

  @Test
  void aCourseCertificateIsPdfUa1InItsReadersLanguageWithTheVerificationLink() throws IOException {
    Certificate certificate = course("María Núñez", "Leer en todas las materias");
    byte[] pdf = CertificatePdf.render(certificate, "Leer en todas las materias", VERIFY, SPANISH);
    PdfUa.assertCompliant("a course certificate", pdf);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("es");
      assertThat(document.getDocumentInformation().getTitle())
          .isEqualTo(
              Texts.in(SPANISH.language(), "learning.certificate.pdf.document_title", "K7Q2-MX4P"));
      assertThat(document.getNumberOfPages()).isEqualTo(1);
      String text = new PDFTextStripper().getText(document);
      assertThat(text)
          .contains(
              Texts.in(SPANISH.language(), "learning.certificate.pdf.title.course"),
              "María Núñez",
              "Leer en todas las materias",
              "K7Q2-MX4P",
              VERIFY);
      PDAnnotationLink link = (PDAnnotationLink) document.getPage(0).getAnnotations().get(0);
      assertThat(((PDActionURI) link.getAction()).getURI()).isEqualTo(VERIFY);
    }
  }

  @Test
  void aWorkshopCertificateIsPdfUa1AndSaysItWasAttended() throws IOException {
    byte[] pdf =
        CertificatePdf.render(
            workshop("Sam Lee", "Phonics in practice"),
            "Phonics in practice",
            VERIFY,
            Reader.UNKNOWN);
    PdfUa.assertCompliant("a workshop certificate", pdf);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
      assertThat(new PDFTextStripper().getText(document))
          .contains(
              Texts.in(Locale.ENGLISH, "learning.certificate.pdf.title.workshop"),
              Texts.in(Locale.ENGLISH, "learning.certificate.pdf.done.workshop"),
              "Sam Lee");
    }
  }

  @Test
  void aLongNameWithCharactersTheFontLacksWrapsAndStaysPdfUa1() throws IOException {
    String holder =
        "李雷 Anna-Maria Konstantinopoulou-Wiederaufbauversicherungsgesellschaft de la Fuente y Montenegro";
    String title = "Reading, writing and reasoning across the curriculum: ".repeat(3).strip();
    byte[] pdf = CertificatePdf.render(course(holder, title), title, VERIFY, Reader.UNKNOWN);
    PdfUa.assertCompliant("a certificate with a long name", pdf);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("?? Anna-Maria", "Montenegro").doesNotContain("李");
    }
  }
}
