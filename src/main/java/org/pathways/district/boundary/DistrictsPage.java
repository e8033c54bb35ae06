package org.pathways.district.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.pathways.district.boundary.DistrictViews.DistrictView;
import org.pathways.identity.boundary.Authorization;
import org.pathways.identity.boundary.CurrentCaller;

/**
 * districts/index.xhtml: the districts the signed-in person may see (staff all, managers theirs).
 */
@Named
@RequestScoped
public class DistrictsPage {

  @Inject Districts districts;
  @Inject DistrictViews views;
  @Inject Authorization authorization;
  @Inject CurrentCaller current;

  private List<DistrictView> shown;

  public List<DistrictView> getDistricts() {
    if (shown == null) {
      shown = views.of(districts.visibleTo(current.get()));
    }
    return shown;
  }

  public boolean isStaff() {
    return authorization.organises(current.get());
  }

  public String link(DistrictView district) {
    return DistrictLinks.district(java.util.UUID.fromString(district.id()));
  }
}
