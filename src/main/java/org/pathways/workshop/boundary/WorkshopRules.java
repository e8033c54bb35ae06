package org.pathways.workshop.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.pathways.identity.boundary.Authorization;
import org.pathways.identity.entity.AccessRule;
import org.pathways.identity.entity.Caller;
import org.pathways.identity.entity.Permission;
import org.pathways.workshop.entity.Workshop;

/**
 * Program managers and administrators organise every workshop; a district's managers organise the
 * workshops of their district (edit them, name their facilitators), never a demo workshop or one
 * outside their districts. Organisers and a workshop's facilitators see its roster and attendance
 * codes, and mark attendance. Workshops are public records: a refusal is 403, not 404.
 */
@ApplicationScoped
public class WorkshopRules implements AccessRule<Workshop> {

  @Inject Authorization authorization;
  @Inject org.pathways.district.boundary.Districts districts;

  public static final Permission WORKSHOP_ORGANISE = new Permission("workshop.organise", false);
  public static final Permission WORKSHOP_ROSTER = new Permission("workshop.roster", false);

  /** Edit this workshop and its facilitators (its organisers: staff, its district's managers). */
  public static final Permission WORKSHOP_MANAGE = new Permission("workshop.manage", false);

  @Override
  public Class<Workshop> recordType() {
    return Workshop.class;
  }

  @Override
  public boolean permits(Caller caller, Permission permission, Workshop workshop) {
    boolean organiser = authorization.organises(caller);
    if (permission.equals(WORKSHOP_ORGANISE)) {
      return organiser;
    }
    if (permission.equals(WORKSHOP_MANAGE)) {
      // Demo workshops belong to no district: staff only.
      return organiser
          || (!workshop.isDemo() && districts.manages(caller, workshop.getDistrictId()));
    }
    if (permission.equals(WORKSHOP_ROSTER)) {
      // A district's managers see its workshops' rosters and codes and mark attendance there.
      return organiser
          || workshop.facilitatedBy(caller)
          || districts.manages(caller, workshop.getDistrictId());
    }
    return false;
  }
}
