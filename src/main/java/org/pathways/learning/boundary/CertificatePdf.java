package org.pathways.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.pathways.learning.entity.Certificate;
import org.pathways.platform.boundary.Readers;
import org.pathways.platform.control.PdfText;
import org.pathways.platform.control.Texts;
import org.pathways.platform.control.Times;
import org.pathways.platform.entity.Reader;
import org.pathways.platform.entity.Refusal;

/**
 * A certificate as a one-page landscape PDF (PDFBox), in Liberation Sans (shipped inside PDFBox) so
 * that names in most European scripts print as written; a character the font lacks prints as "?"
 * rather than failing the download.
 */
@ApplicationScoped
public class CertificatePdf {

  @jakarta.inject.Inject PublicLinks links;
  @jakarta.inject.Inject org.pathways.content.boundary.ContentLibrary library;

  /**
   * The course's title in the reader's language where the course is translated; a workshop's, or a
   * course no longer offered, as it was when the certificate was issued.
   */
  String courseTitle(Certificate certificate, Locale language) {
    return certificate.ofWorkshop() || certificate.getCourseSlug() == null
        ? certificate.getCourseTitle()
        : library
            .course(certificate.getCourseSlug())
            .filter(course -> course.translation(language.getLanguage()).isPresent())
            .map(course -> course.title(language.getLanguage()))
            .orElse(certificate.getCourseTitle());
  }

  /**
   * Sends a certificate as a PDF download for a page session: 404 when there is none (or it is not
   * the caller's), with its public verification address printed on it.
   */
  public void send(
      jakarta.servlet.http.HttpServletRequest request,
      jakarta.servlet.http.HttpServletResponse response,
      Supplier<Optional<Certificate>> lookup,
      String filename)
      throws java.io.IOException {
    Certificate certificate;
    try {
      certificate = lookup.get().orElse(null);
    } catch (Refusal refusal) {
      certificate = null; // not signed in, not theirs, malformed id: all the same 404
    }
    if (certificate == null) {
      response.sendError(404);
      return;
    }
    byte[] body = render(certificate, links.verify(certificate.getCode()), Readers.page(request));
    response.setContentType("application/pdf");
    response.setHeader("Cache-Control", "private, no-store");
    response.setHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /**
   * The certificate in its reader's language, its date in their time zone (only its holder reads
   * it: anyone else gets 404).
   */
  public byte[] render(Certificate certificate, String verifyUrl, Reader reader) {
    Locale language = reader.language();
    try (PDDocument document = new PDDocument()) {
      PDType0Font font = PdfText.font(document);
      PDPage page =
          new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
      document.addPage(page);
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle(
          Texts.in(language, "learning.certificate.pdf.document_title", certificate.getCode()));
      info.setAuthor(Texts.in(language, "learning.certificate.pdf.author"));
      float width = page.getMediaBox().getWidth();
      try (PDPageContentStream text = new PDPageContentStream(document, page)) {
        text.setLineWidth(2);
        text.addRect(28, 28, width - 56, page.getMediaBox().getHeight() - 56);
        text.stroke();
        Lines lines = new Lines(text, font, width, 470);
        lines.add(0, 16, Texts.in(language, "learning.certificate.pdf.heading"));
        lines.add(
            30,
            30,
            Texts.in(
                language,
                certificate.ofWorkshop()
                    ? "learning.certificate.pdf.title.workshop"
                    : "learning.certificate.pdf.title.course"));
        lines.add(30, 14, Texts.in(language, "learning.certificate.pdf.certifies"));
        lines.add(16, 26, certificate.getHolderName());
        lines.add(
            20,
            14,
            Texts.in(
                language,
                certificate.ofWorkshop()
                    ? "learning.certificate.pdf.done.workshop"
                    : "learning.certificate.pdf.done.course"));
        lines.add(12, 20, courseTitle(certificate, language));
        lines.add(
            20,
            14,
            Texts.in(
                language,
                "learning.certificate.pdf.hours",
                Times.date(certificate.getCompletedAt(), reader),
                certificate.getPdHours()));
        lines.add(
            40, 11, Texts.in(language, "learning.certificate.pdf.code", certificate.getCode()));
        lines.add(4, 11, Texts.in(language, "learning.certificate.pdf.verify", verifyUrl));
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot draw the certificate", e);
    }
  }

  /** Lines centred on the page from the top down, each a gap below the one before. */
  private static final class Lines {
    private final PDPageContentStream stream;
    private final PDType0Font font;
    private final float width;
    private float y;

    Lines(PDPageContentStream stream, PDType0Font font, float width, float top) {
      this.stream = stream;
      this.font = font;
      this.width = width;
      this.y = top;
    }

    void add(float gap, float size, String line) throws IOException {
      y = centered(stream, font, size, width, y - gap, line);
    }
  }

  private static float centered(
      PDPageContentStream stream, PDType0Font font, float size, float width, float y, String line)
      throws IOException {
    String printable = PdfText.printable(font, line);
    float lineSize = size;
    float textWidth = font.getStringWidth(printable) / 1000 * lineSize;
    while (textWidth > width - 100 && lineSize > 8) {
      lineSize -= 1;
      textWidth = font.getStringWidth(printable) / 1000 * lineSize;
    }
    float baseline = y - lineSize;
    stream.beginText();
    stream.setFont(font, lineSize);
    stream.newLineAtOffset((width - textWidth) / 2, baseline);
    stream.showText(printable);
    stream.endText();
    return baseline;
  }
}
