package org.pathways.learning.boundary;

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
  @Inject PublicLinks links;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Certificate certificate;
    try {
      certificate =
          certificates
              .certificate(
                  current.get(), EnrollmentsResource.uuid(request.getParameter("enrollment")))
              .orElse(null);
    } catch (Refusal refusal) {
      certificate = null;
    }
    if (certificate == null) {
      response.sendError(404);
      return;
    }
    String root =
        request.getScheme()
            + "://"
            + request.getServerName()
            + ":"
            + request.getServerPort()
            + request.getContextPath();
    byte[] body = pdf.render(certificate, links.verify(root, certificate.getCode()));
    response.setContentType("application/pdf");
    response.setHeader("Cache-Control", "private, no-store");
    response.setHeader("Content-Disposition", "attachment; filename=\"pathways-certificate.pdf\"");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
