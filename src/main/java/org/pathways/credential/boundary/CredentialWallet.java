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
import org.pathways.workshop.boundary.WorkshopLinks;

/**
 * "Add to your wallet" on a course certificate's page and a workshop's page ({@code
 * WEB-INF/includes/credential-wallet}): the credential's two downloads and the holder's
 * public/private switch, a plain form that posts and redirects back. The page names the certificate
 * by enrolment; the form by the code it holds.
 */
@Named
@RequestScoped
public class CredentialWallet {

  @Inject Certificates certificates;
  @Inject CertificateStanding standing;
  @Inject CurrentCaller current;

  private static final String WORKSHOP_PAGE = "/workshops/workshop.xhtml";

  private Certificate certificate;
  private UUID enrollment;

  private static String viewId() {
    var faces = jakarta.faces.context.FacesContext.getCurrentInstance();
    return faces == null || faces.getViewRoot() == null ? null : faces.getViewRoot().getViewId();
  }

  @PostConstruct
  void load() {
    try {
      String code = Pages.param("certificate");
      enrollment = Pages.id("enrollment");
      if (code != null) {
        certificate = standing.held(current.get(), code);
      } else if (WORKSHOP_PAGE.equals(viewId()) && current.get().signedIn()) {
        UUID workshop = Pages.id("id");
        certificate =
            workshop == null
                ? null
                : certificates.ofWorkshop(workshop, current.get().id()).orElse(null);
      } else if (enrollment != null) {
        // The holder's own only: a facilitator reading a teacher's certificate gets no wallet.
        certificate =
            certificates
                .certificate(current.get(), enrollment)
                .map(c -> standing.held(current.get(), c.getCode()))
                .orElse(null);
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
        certificate.ofWorkshop()
            ? WorkshopLinks.workshopPath(certificate.getWorkshopId())
            : LearningLinks.certificate(certificate.getEnrollmentId()));
    return null;
  }
}
