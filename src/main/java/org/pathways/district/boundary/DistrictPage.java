package org.pathways.district.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.pathways.district.boundary.DistrictViews.DistrictView;
import org.pathways.identity.boundary.Authorization;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.identity.control.InvitationPlan;
import org.pathways.platform.boundary.Pages;
import org.pathways.platform.entity.Refusal;

/**
 * districts/district.xhtml?id=: a district for its managers and program staff (404 for anyone
 * else); staff replace its list of managers there.
 */
@Named
@ViewScoped
public class DistrictPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Districts districts;
  @Inject DistrictViews views;
  @Inject Authorization authorization;
  @Inject CurrentCaller current;

  private UUID id;
  private String emails;
  private transient DistrictView shown;

  /** The view action of the GET: the district, if the caller may see it, else 404. */
  public void load() {
    try {
      shown = views.of(districts.district(current.get(), id));
      emails =
          String.join(
              "\n", Stream.concat(shown.managers().stream(), shown.invited().stream()).toList());
    } catch (Refusal refusal) {
      Pages.sendError(refusal);
    }
  }

  public String save() {
    try {
      districts.changeManagers(current.get(), id, InvitationPlan.split(emails));
      Pages.info("district.page.saved");
      Pages.redirect(DistrictLinks.district(id));
    } catch (Refusal refusal) {
      Pages.refused(refusal.errors().isEmpty() ? null : "managers-form:emails", refusal);
    }
    return null;
  }

  /** The district shown (read again after a postback). */
  public DistrictView getDistrict() {
    if (shown == null && id != null) {
      shown = views.of(districts.district(current.get(), id));
    }
    return shown;
  }

  public boolean isStaff() {
    return authorization.organises(current.get());
  }

  public String getManagerList() {
    return getDistrict() == null
        ? ""
        : getDistrict().managers().stream().collect(Collectors.joining(", "));
  }

  public UUID getId() {
    return id;
  }

  public void setId(UUID id) {
    this.id = id;
  }

  public String getEmails() {
    return emails;
  }

  public void setEmails(String emails) {
    this.emails = emails;
  }
}
