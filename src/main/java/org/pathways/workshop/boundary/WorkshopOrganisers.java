package org.pathways.workshop.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import org.pathways.district.boundary.Districts;
import org.pathways.identity.boundary.Authorization;
import org.pathways.identity.entity.Caller;
import org.pathways.identity.entity.Role;
import org.pathways.platform.boundary.UuidConverter;
import org.pathways.platform.entity.Refusal;
import org.pathways.workshop.control.WorkshopDistricts;
import org.pathways.workshop.entity.Workshop;

/**
 * Who organises which workshops: program staff every workshop, in any district or none; a district
 * manager the workshops of the districts they manage, and only there ({@link WorkshopDistricts}).
 * Which districts a caller manages is read on every call, so a removal holds at the next request.
 */
@ApplicationScoped
public class WorkshopOrganisers {

  @Inject Authorization authorization;
  @Inject Districts districts;

  /**
   * Which districts the caller may put workshops in: staff any, a district manager those they
   * manage (one query, only for a district manager; read on every call, so a removal holds at
   * once).
   */
  public WorkshopDistricts districtsFor(Caller caller) {
    boolean staff = authorization.organises(caller);
    return new WorkshopDistricts(staff, staff ? Set.of() : districts.managedBy(caller));
  }

  /** Refuses (403) a caller who may organise no workshop at all. */
  public WorkshopDistricts requireOrganisesAny(Caller caller) {
    authorization.requireSignedIn(caller);
    WorkshopDistricts mine = districtsFor(caller);
    if (!mine.organisesAny()) {
      throw Refusal.of(Refusal.Kind.FORBIDDEN, "workshop.refused.notOrganiser");
    }
    return mine;
  }

  /** Puts the workshop in the district named: null leaves it, an empty one takes it out. */
  void placeIn(Workshop workshop, String districtId, WorkshopDistricts mine) {
    if (districtId == null) {
      return;
    }
    UUID district = UuidConverter.parse(districtId);
    if (!districtId.isBlank() && district == null) {
      throw Refusal.invalid("districtId", "workshop.district.unknown");
    }
    switch (mine.placing(district)) {
      case DISTRICT_REQUIRED -> throw Refusal.invalid("districtId", "workshop.district.required");
      case NOT_MANAGED -> throw Refusal.invalid("districtId", "workshop.district.notManaged");
      case ALLOWED -> {
        if (district != null && districts.find(district).isEmpty()) {
          throw Refusal.invalid("districtId", "workshop.district.unknown");
        }
      }
    }
    workshop.belongTo(district);
  }

  /** Program staff and district managers have an organisers' list (a manager's may be empty). */
  public boolean seesOrganisersList(Caller caller) {
    return authorization.organises(caller) || caller.has(Role.DISTRICT_MANAGER);
  }
}
