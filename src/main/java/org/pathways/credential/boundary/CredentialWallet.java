package org.pathways.credential.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.core.UriBuilder;
import java.util.UUID;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.learning.boundary.CertificateStanding;
import org.pathways.learning.boundary.Certificates;
import org.pathways.learning.boundary.LearningLinks;
import org.pathways.learning.entity.Certificate;
import org.pathways.platform.boundary.Pages;
import org.pathways.platform.entity.Refusal;

/**
 * "Add to your wallet" on a course certificate's page ({@code WEB-INF/includes/credential-wallet}):
 * the credential's two downloads and the holder's public/private switch, a plain form that posts
 * and redirects back. The page names the certificate by enrolment; the form by the code it holds.
 */
@Named
@RequestScoped
public class CredentialWallet {

  @Inject Certificates certificates;
  @Inject CertificateStanding standing;
  @Inject CurrentCaller current;

  private Certificate certificate;
  private UUID enrollment;

  @PostConstruct
  void load() {
    try {
      String code = Pages.param("certificate");
      enrollment = Pages.id("enrollment");
      if (code != null) {
        certificate = standing.held(current.get(), code);
      } else if (enrollment != null) {
        certificate = certificates.certificate(current.get(), enrollment).orElse(null);
        if (certificate != null
            && standing.readable(current.get(), certificate.getCode()).isEmpty()) {
          certificate = null; // a facilitator reading a teacher's certificate: not their wallet
        }
      }
    } catch (Refusal refusal) {
      certificate = null;
    }
  }

  public Certificate getCertificate() {
    return certificate;
  }

  public UUID getEnrollment() {
    return enrollment;
  }

  public String getJwtUrl() {
    return download("jwt");
  }

  public String getJsonUrl() {
    return download("json");
  }

  private String download(String format) {
    return UriBuilder.fromPath(CredentialDownloadServlet.PATH)
        .queryParam("code", certificate.getCode())
        .queryParam("format", format)
        .build()
        .toString();
  }

  public String makePublic() {
    return show(true);
  }

  public String makePrivate() {
    return show(false);
  }

  private String show(boolean toEveryone) {
    if (certificate == null) {
      Pages.sendError(404);
      return null;
    }
    standing.showCredential(current.get(), certificate.getCode(), toEveryone);
    Pages.info(toEveryone ? "credential.wallet.made_public" : "credential.wallet.made_private");
    Pages.redirect(
        certificate.getEnrollmentId() == null
            ? "/workshops/journey.xhtml"
            : LearningLinks.certificate(certificate.getEnrollmentId()));
    return null;
  }
}
