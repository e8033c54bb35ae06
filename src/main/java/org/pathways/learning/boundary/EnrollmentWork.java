package org.pathways.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.pathways.cohort.boundary.Cohorts;
import org.pathways.cohort.entity.Cohort;
import org.pathways.identity.entity.Caller;
import org.pathways.learning.control.LearnerStates;
import org.pathways.learning.entity.Enrollment;
import org.pathways.platform.control.CacheInvalidation;

/**
 * The door to a teacher's work on an enrolment (completing steps, reflection drafts and
 * submissions): their own enrolment, locked for writing, and refused with 409 once its cohort is
 * closed ({@link Cohort#requireOpenForWork}). Reading stays open whatever the cohort's state.
 */
@ApplicationScoped
public class EnrollmentWork {

  @Inject Learning learning;
  @Inject Cohorts cohorts;
  @Inject CacheInvalidation caches;

  /**
   * The caller's enrolment, locked, if they may still work on it (one more query in a cohort); its
   * kept readings are forgotten ({@link LearnerStates}).
   */
  @Transactional
  public Enrollment lock(Caller caller, UUID enrollmentId) {
    Enrollment enrollment = learning.lockForWriting(caller, enrollmentId);
    // Whoever locks an enrolment writes to it: kept readings of it are stale from now on.
    caches.changed(LearnerStates.changed(enrollment.getAccountId(), enrollment.getCourseSlug()));
    if (enrollment.getCohortId() != null) {
      cohorts.find(enrollment.getCohortId()).ifPresent(Cohort::requireOpenForWork);
    }
    return enrollment;
  }

  /**
   * When the enrolment's cohort was closed, if it was: {@link #lock} then refuses every write, so
   * pages show the notice instead of forms (one query for an enrolment in a cohort, none
   * otherwise).
   */
  public Optional<Instant> closedSince(Enrollment enrollment) {
    if (enrollment.getCohortId() == null) {
      return Optional.empty();
    }
    return cohorts.find(enrollment.getCohortId()).map(Cohort::getClosedAt);
  }
}
