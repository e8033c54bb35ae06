package org.pathways.learning.boundary;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.pathways.identity.entity.Caller;
import org.pathways.learning.entity.Certificate;
import org.pathways.platform.boundary.UuidConverter;

/** A certificate of completion, by enrolment, for the learning pages. */
@WebServlet("/learning/certificate.pdf")
public class CertificatePdfServlet extends CertificateServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected Optional<Certificate> certificate(Caller caller, HttpServletRequest request) {
    return certificates.certificate(
        caller, UuidConverter.parse(request.getParameter("enrollment")));
  }

  @Override
  protected String filename() {
    return "pathways-certificate.pdf";
  }
}
