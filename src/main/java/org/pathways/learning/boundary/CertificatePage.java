package org.pathways.learning.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.learning.entity.Certificate;
import org.pathways.platform.boundary.Pages;
import org.pathways.platform.boundary.UuidConverter;
import org.pathways.platform.entity.Refusal;

/** learn/certificate.xhtml: the teacher's certificate of a completed course, with its PDF. */
@Named
@RequestScoped
public class CertificatePage {

  @Inject Certificates certificates;
  @Inject CurrentCaller current;
  @Inject PublicLinks links;

  private Certificate certificate;
  private String enrollment;

  @PostConstruct
  void load() {
    enrollment = Pages.param("enrollment");
    try {
      certificate =
          certificates.certificate(current.get(), UuidConverter.parse(enrollment)).orElse(null);
    } catch (Refusal refusal) {
      certificate = null;
    }
    if (certificate == null) {
      Pages.sendError(404);
    }
  }

  public Certificate getCertificate() {
    return certificate;
  }

  public String getPdfUrl() {
    return "/learning/certificate.pdf?enrollment=" + certificate.getEnrollmentId();
  }

  public String getVerifyUrl() {
    return links.verify(certificate.getCode());
  }
}
