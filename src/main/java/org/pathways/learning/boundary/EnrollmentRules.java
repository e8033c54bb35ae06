package org.pathways.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.pathways.cohort.boundary.Cohorts;
import org.pathways.identity.boundary.Authorization;
import org.pathways.identity.entity.AccessRule;
import org.pathways.identity.entity.Caller;
import org.pathways.identity.entity.Permission;
import org.pathways.identity.entity.Role;
import org.pathways.learning.entity.Enrollment;

/**
 * An enrolment is the teacher's: only they change it. Facilitators of its cohort, program managers
 * and administrators may read it; to anyone else it does not exist.
 */
@ApplicationScoped
public class EnrollmentRules implements AccessRule<Enrollment> {

  public static final Permission READ = new Permission("enrollment.read", true);
  public static final Permission WRITE = new Permission("enrollment.write", true);

  @Inject Cohorts cohorts;
  @Inject Authorization authorization;
  @Inject org.pathways.district.boundary.Districts districts;

  @Override
  public Class<Enrollment> recordType() {
    return Enrollment.class;
  }

  @Override
  public boolean permits(Caller caller, Permission permission, Enrollment enrollment) {
    if (enrollment.belongsTo(caller.id())) {
      return permission.equals(READ) || permission.equals(WRITE);
    }
    if (permission.equals(READ)) {
      return authorization.organises(caller)
          || (caller.hasAny(Role.FACILITATOR, Role.DISTRICT_MANAGER)
              && cohorts
                  .find(enrollment.getCohortId())
                  .map(
                      cohort ->
                          cohort.facilitatedBy(caller)
                              || districts.manages(caller, cohort.getDistrictId()))
                  .orElse(false));
    }
    return false;
  }
}
