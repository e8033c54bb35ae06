package org.pathways.learning.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.pathways.learning.entity.Certificate;
import org.pathways.platform.boundary.Pages;

/** certificates/verify.xhtml: anyone with a certificate's code can check that it is real. */
@Named
@RequestScoped
public class VerifyPage {

  @Inject Certificates certificates;

  private String code;
  private Certificate certificate;

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
}
