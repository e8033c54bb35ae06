package org.pathways.learning.boundary;

import static org.pathways.platform.entity.Ids.uuid;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.learning.entity.Certificate;
import org.pathways.platform.entity.Refusal;

/** The certificate PDF for the signed-in teacher's page (the API has its own, by bearer token). */
@WebServlet("/learning/certificate.pdf")
public class CertificatePdfServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject Certificates certificates;
  @Inject CurrentCaller current;
  @Inject CertificatePdf pdf;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Certificate certificate;
    try {
      certificate =
          certificates
              .certificate(current.get(), uuid(request.getParameter("enrollment")))
              .orElse(null);
    } catch (Refusal refusal) {
      certificate = null;
    }
    pdf.send(response, certificate, "pathways-certificate.pdf");
  }
}
