package org.pathways.district.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.pathways.district.entity.District;
import org.pathways.identity.boundary.Authorization;
import org.pathways.identity.entity.AccessRule;
import org.pathways.identity.entity.Caller;
import org.pathways.identity.entity.Permission;

/**
 * A district is read by its managers (listed and holding the role), program managers and
 * administrators; anyone else is told it does not exist. Only program staff change its managers.
 */
@ApplicationScoped
public class DistrictRules implements AccessRule<District> {

  public static final Permission DISTRICT_READ = new Permission("district.read", true);
  public static final Permission DISTRICT_MANAGE = new Permission("district.manage", false);

  @Inject Authorization authorization;

  @Override
  public Class<District> recordType() {
    return District.class;
  }

  @Override
  public boolean permits(Caller caller, Permission permission, District district) {
    if (permission.equals(DISTRICT_READ)) {
      return authorization.organises(caller) || district.managedBy(caller);
    }
    if (permission.equals(DISTRICT_MANAGE)) {
      return authorization.organises(caller);
    }
    return false;
  }
}
