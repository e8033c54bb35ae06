package org.pathways.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.pathways.learning.entity.Certificate;
import org.pathways.platform.boundary.Readers;
import org.pathways.platform.control.TaggedPdf;
import org.pathways.platform.control.Texts;
import org.pathways.platform.control.Times;
import org.pathways.platform.entity.Reader;
import org.pathways.platform.entity.Refusal;

/**
 * A certificate as a landscape, tagged PDF/UA-1 document ({@link TaggedPdf}), in Liberation Sans
 * (shipped inside PDFBox) so that names in most European scripts print as written; a character the
 * font lacks prints as "?" rather than failing the download.
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
    return render(certificate, courseTitle(certificate, reader.language()), verifyUrl, reader);
  }

  /**
   * The certificate from plain values, as a tagged PDF/UA-1 page: landscape, framed, centred; the
   * verification address printed and a link.
   */
  static byte[] render(Certificate certificate, String title, String verifyUrl, Reader reader) {
    Locale language = reader.language();
    boolean workshop = certificate.ofWorkshop();
    return TaggedPdf.landscape(
            language,
            Texts.in(language, "learning.certificate.pdf.document_title", certificate.getCode()))
        .author(Texts.in(language, "learning.certificate.pdf.author"))
        .framed()
        .centred(true)
        .space(60)
        .paragraph(Texts.in(language, "learning.certificate.pdf.heading"), 16)
        .space(14)
        .heading(
            1,
            Texts.in(
                language,
                workshop
                    ? "learning.certificate.pdf.title.workshop"
                    : "learning.certificate.pdf.title.course"),
            30)
        .space(18)
        .paragraph(Texts.in(language, "learning.certificate.pdf.certifies"), 14)
        .space(4)
        .paragraph(certificate.getHolderName(), 26)
        .space(8)
        .paragraph(
            Texts.in(
                language,
                workshop
                    ? "learning.certificate.pdf.done.workshop"
                    : "learning.certificate.pdf.done.course"),
            14)
        .space(2)
        .paragraph(title, 20)
        .space(8)
        .paragraph(
            Texts.in(
                language,
                "learning.certificate.pdf.hours",
                Times.date(certificate.getCompletedAt(), reader),
                certificate.getPdHours()),
            14)
        .space(30)
        .paragraph(Texts.in(language, "learning.certificate.pdf.code", certificate.getCode()), 11)
        .link(Texts.in(language, "learning.certificate.pdf.verify", verifyUrl), verifyUrl, 11)
        .bytes();
  }
}
