package org.pathways.district.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.pathways.district.entity.InquiryStatus;
import org.pathways.district.entity.PartnershipInquiry;
import org.pathways.identity.boundary.Authorization;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.platform.boundary.Pages;
import org.pathways.platform.boundary.UuidConverter;
import org.pathways.platform.entity.PageRequest;
import org.pathways.platform.entity.Refusal;
import org.pathways.platform.entity.ResultPage;

/**
 * partners/inquiries.xhtml: program staff read the inquiries (filtered by status on a GET form) and
 * record where they stand with each (a POST form per inquiry).
 */
@Named
@RequestScoped
public class InquiriesPage {

  @Inject Partnerships partnerships;
  @Inject Authorization authorization;
  @Inject CurrentCaller current;

  private ResultPage<PartnershipInquiry> shown;
  private Boolean staff;

  /**
   * The view action, also on a postback (before its action): 403 for anyone but program staff,
   * before the page is drawn.
   */
  public void load() {
    Pages.forbiddenUnless(staff());
  }

  /**
   * Whether the caller is program staff, asked once: a postback reads the list (its forms) before
   * the view action runs, and reads nothing for anyone else.
   */
  private boolean staff() {
    if (staff == null) {
      staff = authorization.organises(current.get());
    }
    return staff;
  }

  /** The status filtered on, or empty for all (an unknown one shows all). */
  public String getStatus() {
    String status = Pages.param("status");
    return status == null
        ? ""
        : org.pathways.district.entity.InquiryChange.status(status).map(Enum::name).orElse("");
  }

  public List<InquiryStatus> getStatuses() {
    return List.of(InquiryStatus.values());
  }

  /** The newest 100 inquiries of the status (two queries). */
  public ResultPage<PartnershipInquiry> getInquiries() {
    if (!staff()) {
      return new ResultPage<>(List.of(), 1, 100, 0);
    }
    if (shown == null) {
      shown = partnerships.inquiries(current.get(), getStatus(), new PageRequest(1, 100));
    }
    return shown;
  }

  /** One inquiry's form: its id, status and note come as plain form fields of its row. */
  public String change() {
    if (Pages.answered()) {
      return null;
    }
    String filter = Pages.param("filter");
    try {
      PartnershipInquiry changed =
          partnerships.change(
              current.get(),
              UuidConverter.parse(Pages.param("inquiry")),
              Pages.param("newStatus"),
              Pages.param("note"));
      Pages.info(
          changed.getDistrictId() == null
              ? "district.inquiries.saved"
              : "district.inquiries.saved_partner");
      Pages.redirect(DistrictLinks.inquiries(filter) + "#inquiry-" + changed.getId());
    } catch (Refusal refusal) {
      Pages.refused(null, refusal);
    }
    return null;
  }

  public String getCountText() {
    return Pages.format(
        "district.inquiries.count", getInquiries().items().size(), getInquiries().total());
  }

  public String districtLink(PartnershipInquiry inquiry) {
    return DistrictLinks.district(inquiry.getDistrictId());
  }
}
