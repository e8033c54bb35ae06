package org.pathways.workshop.boundary;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.UUID;
import org.pathways.identity.entity.Caller;
import org.pathways.learning.boundary.CertificateServlet;
import org.pathways.learning.entity.Certificate;
import org.pathways.platform.boundary.UuidConverter;

/**
 * A certificate of attendance, by workshop, for the workshop pages (learning keeps every
 * certificate and draws it).
 */
@WebServlet("/workshops/certificate.pdf")
public class WorkshopCertificateServlet extends CertificateServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected Optional<Certificate> certificate(Caller caller, HttpServletRequest request) {
    UUID workshop = UuidConverter.parse(request.getParameter("id"));
    return caller.signedIn() && workshop != null
        ? certificates.ofWorkshop(workshop, caller.id())
        : Optional.empty();
  }

  @Override
  protected String filename() {
    return "pathways-workshop-certificate.pdf";
  }
}
