package org.pathways.district.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.pathways.district.entity.InquiryGradeBand;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.platform.boundary.Pages;
import org.pathways.platform.entity.Refusal;

/** partners/index.xhtml: "Partner with us", the public form a district contact sends. */
@Named
@RequestScoped
public class PartnersPage {

  /** The form's fields bind here; the rule in {@code InquiryCheck} says what is wrong. */
  private final InquiryForm form = new InquiryForm();

  @Inject Partnerships partnerships;
  @Inject CurrentCaller current;

  public String send() {
    try {
      partnerships.submit(
          form.request(),
          current.address(),
          FacesContext.getCurrentInstance().getViewRoot().getLocale());
      Pages.info("district.inquiry.page.sent");
      Pages.redirect(DistrictLinks.inquirySent());
    } catch (Refusal refusal) {
      Pages.refused(null, refusal);
      for (Refusal.FieldError error : refusal.errors()) {
        String text = Pages.format(error.message());
        Pages.errorText(
            "inquiry:" + ("gradeBands".equals(error.field()) ? "bands" : error.field()), text);
        Pages.errorText(null, text);
      }
    }
    return null;
  }

  public InquiryForm getForm() {
    return form;
  }

  public List<String> getBands() {
    List<String> bands = new ArrayList<>();
    for (InquiryGradeBand band : InquiryGradeBand.values()) {
      bands.add(band.name());
    }
    return bands;
  }
}
