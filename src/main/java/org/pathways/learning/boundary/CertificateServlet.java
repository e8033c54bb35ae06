package org.pathways.learning.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.identity.entity.Caller;
import org.pathways.learning.entity.Certificate;

/**
 * A signed-in teacher's own certificate as a PDF, for pages (the API has its own, by bearer token):
 * a feature says which certificate a request names, learning draws it. Anything else is a 404.
 */
public abstract class CertificateServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject protected transient Certificates certificates;
  @Inject transient CurrentCaller current;
  @Inject transient CertificatePdf pdf;

  /** The certificate this request names, if the caller may have it. */
  protected abstract Optional<Certificate> certificate(Caller caller, HttpServletRequest request);

  /** The name the PDF is saved under. */
  protected abstract String filename();

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Caller caller = current.get();
    pdf.send(request, response, () -> certificate(caller, request), filename());
  }
}
