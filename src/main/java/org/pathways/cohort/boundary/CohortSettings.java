package org.pathways.cohort.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.pathways.cohort.entity.Cohort;
import org.pathways.cohort.entity.CohortChange;
import org.pathways.identity.boundary.AuditTrail;
import org.pathways.identity.boundary.Authorization;
import org.pathways.identity.entity.Caller;

/**
 * Running a cohort through a school year: its settings, a new code, closing it. Program managers,
 * administrators and the managers of its district; its facilitators read it but are refused (403),
 * anyone else does not find it (404). Every change is audited.
 */
@ApplicationScoped
public class CohortSettings {

  @Inject Cohorts cohorts;
  @Inject Authorization authorization;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /** Replaces the cohort's settings with these (the rules are the cohort's own). */
  @Transactional
  public Cohort edit(Caller caller, UUID id, CohortChange change) {
    Cohort cohort = managed(caller, id);
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    cohort.rename(change.name);
    cohort.aimFor(change.targetDate, today);
    cohort.codeWorksUntil(change.codeExpiresOn, today);
    cohort.flagIdleAfter(
        change.inactiveDays == null ? Cohort.DEFAULT_INACTIVE_DAYS : change.inactiveDays);
    audit.record(
        caller.id(),
        "cohort.edited",
        id.toString(),
        "target "
            + cohort.getTargetDate()
            + ", code until "
            + cohort.getCodeExpiresOn()
            + ", idle days "
            + cohort.getInactiveDays(),
        null);
    return cohort;
  }

  /** Gives the cohort a new code; the previous one stops enrolling at once. */
  @Transactional
  public Cohort newCode(Caller caller, UUID id) {
    Cohort cohort = managed(caller, id);
    cohort.issueNewCode();
    // The code itself stays out of the audit trail: staff read it on the cohort.
    audit.record(caller.id(), "cohort.code-replaced", id.toString(), null, null);
    return cohort;
  }

  /** Closes the cohort (read-only from now on); closing a closed cohort changes nothing. */
  @Transactional
  public Cohort close(Caller caller, UUID id) {
    Cohort cohort = managed(caller, id);
    if (cohort.close(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS))) {
      audit.record(caller.id(), "cohort.closed", id.toString(), cohort.getName(), null);
    }
    return cohort;
  }

  /** Whether the caller may change this cohort (for pages that offer the forms). */
  public boolean manages(Caller caller, Cohort cohort) {
    return authorization.permits(caller, CohortRules.COHORT_MANAGE, cohort);
  }

  private Cohort managed(Caller caller, UUID id) {
    Cohort cohort = cohorts.cohort(caller, id);
    authorization.require(caller, CohortRules.COHORT_MANAGE, cohort);
    return cohort;
  }
}
