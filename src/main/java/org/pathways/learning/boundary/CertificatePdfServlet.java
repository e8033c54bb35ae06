package org.pathways.learning.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.identity.entity.Caller;
import org.pathways.platform.boundary.UuidConverter;

/**
 * A signed-in teacher's own certificate as a PDF: of completion, by enrolment, for the learning
 * pages; of attendance, by workshop, for the workshop pages (learning keeps every certificate). The
 * API has its own, by bearer token. Anything else is a 404.
 */
@WebServlet({"/learning/certificate.pdf", CertificatePdfServlet.OF_WORKSHOP})
public class CertificatePdfServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  static final String OF_WORKSHOP = "/workshops/certificate.pdf";

  @Inject Certificates certificates;
  @Inject CurrentCaller current;
  @Inject CertificatePdf pdf;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Caller me = current.get();
    if (OF_WORKSHOP.equals(request.getServletPath())) {
      UUID workshop = UuidConverter.parse(request.getParameter("id"));
      pdf.send(
          response,
          () ->
              me.signedIn() && workshop != null
                  ? certificates.ofWorkshop(workshop, me.id())
                  : Optional.empty(),
          "pathways-workshop-certificate.pdf");
    } else {
      pdf.send(
          response,
          () ->
              certificates.certificate(me, UuidConverter.parse(request.getParameter("enrollment"))),
          "pathways-certificate.pdf");
    }
  }
}
