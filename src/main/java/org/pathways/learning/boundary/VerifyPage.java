package org.pathways.learning.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.core.UriBuilder;
import org.pathways.identity.boundary.Authorization;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.learning.entity.Certificate;
import org.pathways.platform.boundary.Pages;
import org.pathways.platform.entity.Refusal;

/**
 * certificates/verify.xhtml: anyone with a certificate's code can check that it is real and not
 * revoked; an administrator signed in also finds the form that revokes it.
 */
@Named
@RequestScoped
public class VerifyPage {

  @Inject Certificates certificates;
  @Inject CertificateStanding standing;
  @Inject Authorization authorization;
  @Inject CurrentCaller current;

  private String code;
  private Certificate certificate;
  private String reason;

  @PostConstruct
  void load() {
    code = Pages.param("code");
    certificate = code == null || code.isBlank() ? null : certificates.verify(code).orElse(null);
  }

  public boolean isChecked() {
    return code != null && !code.isBlank();
  }

  public String getCode() {
    return code;
  }

  public Certificate getCertificate() {
    return certificate;
  }

  /** Whether the revocation form shows: an administrator, a certificate not revoked yet. */
  public boolean isRevocable() {
    return certificate != null
        && !certificate.isRevoked()
        && authorization.administers(current.get());
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String revoke() {
    if (certificate == null) {
      Pages.sendError(404);
      return null;
    }
    try {
      standing.revoke(current.get(), certificate.getCode(), reason);
      Pages.info("learning.verify.revoked_now");
      Pages.redirect(
          UriBuilder.fromPath("/certificates/verify.xhtml")
              .queryParam("code", certificate.getCode())
              .build()
              .toString());
    } catch (Refusal refusal) {
      Pages.refused("revoke:reason", refusal);
    }
    return null;
  }
}
