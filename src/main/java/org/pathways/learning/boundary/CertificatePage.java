package org.pathways.learning.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.learning.entity.Certificate;
import org.pathways.platform.boundary.Pages;
import org.pathways.platform.entity.Refusal;

/**
 * learning/certificate.xhtml?enrollment=: the teacher's certificate of a completed course, with its
 * PDF.
 */
@Named
@RequestScoped
public class CertificatePage {

  @Inject Certificates certificates;
  @Inject CurrentCaller current;
  @Inject PublicLinks links;
  @Inject CertificatePdf pdf;

  private Certificate certificate;
  private UUID enrollment;

  /** The view action of a GET: the caller's certificate of that enrolment, else 404. */
  public void load() {
    try {
      certificate = certificates.certificate(current.get(), enrollment).orElse(null);
    } catch (Refusal refusal) {
      certificate = null;
    }
    if (certificate == null) {
      Pages.sendError(404);
    }
  }

  public UUID getEnrollment() {
    return enrollment;
  }

  public void setEnrollment(UUID enrollment) {
    this.enrollment = enrollment;
  }

  /** The course's title in the page's language where the course is translated. */
  public String getCourseTitle() {
    Certificate shown = getCertificate();
    return shown == null
        ? ""
        : pdf.courseTitle(
            shown,
            jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale());
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
