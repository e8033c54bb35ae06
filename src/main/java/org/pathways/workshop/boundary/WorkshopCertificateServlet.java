package org.pathways.workshop.boundary;

import static org.pathways.platform.entity.Ids.uuid;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.learning.boundary.CertificatePdf;
import org.pathways.learning.entity.Certificate;
import org.pathways.platform.entity.Refusal;

/** The signed-in teacher's certificate of attendance at a workshop, as a PDF. */
@WebServlet("/workshops/certificate.pdf")
public class WorkshopCertificateServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject Attendances attendances;
  @Inject CurrentCaller current;
  @Inject CertificatePdf pdf;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Certificate certificate;
    try {
      certificate =
          attendances.certificate(current.get(), uuid(request.getParameter("id"))).orElse(null);
    } catch (Refusal refusal) {
      certificate = null;
    }
    pdf.send(response, certificate, "pathways-workshop-certificate.pdf");
  }
}
