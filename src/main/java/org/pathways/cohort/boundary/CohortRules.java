package org.pathways.cohort.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.pathways.cohort.entity.Cohort;
import org.pathways.district.boundary.Districts;
import org.pathways.identity.boundary.Authorization;
import org.pathways.identity.entity.AccessRule;
import org.pathways.identity.entity.Caller;
import org.pathways.identity.entity.Permission;

/**
 * A cohort is read by its facilitators, the managers of its district, program managers and
 * administrators; all but its facilitators manage it (edit it, give it a new code, close it).
 */
@ApplicationScoped
public class CohortRules implements AccessRule<Cohort> {

  @Inject Authorization authorization;
  @Inject Districts districts;

  public static final Permission COHORT_CREATE = new Permission("cohort.create", false);
  public static final Permission COHORT_READ = new Permission("cohort.read", true);

  /**
   * Managing one cohort (editing, a new code, closing, its facilitators): program staff and the
   * managers of its district; refused with 403 to those who may only read it.
   */
  public static final Permission COHORT_MANAGE = new Permission("cohort.manage", false);

  @Override
  public Class<Cohort> recordType() {
    return Cohort.class;
  }

  @Override
  public boolean permits(Caller caller, Permission permission, Cohort cohort) {
    if (permission.equals(COHORT_READ)) {
      return cohort.facilitatedBy(caller)
          || authorization.organises(caller)
          || districts.manages(caller, cohort.getDistrictId());
    }
    if (permission.equals(COHORT_MANAGE)) {
      return authorization.organises(caller) || districts.manages(caller, cohort.getDistrictId());
    }
    return false;
  }
}
