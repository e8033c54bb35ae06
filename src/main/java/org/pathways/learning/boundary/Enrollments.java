package org.pathways.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.pathways.cohort.boundary.Cohorts;
import org.pathways.cohort.entity.Cohort;
import org.pathways.content.boundary.ContentLibrary;
import org.pathways.content.entity.Course;
import org.pathways.content.entity.EnrollmentPolicy;
import org.pathways.identity.boundary.Authorization;
import org.pathways.identity.entity.Caller;
import org.pathways.learning.control.CodeGuesses;
import org.pathways.learning.control.LearnerStates;
import org.pathways.learning.entity.Enrollment;
import org.pathways.platform.control.CacheInvalidation;
import org.pathways.platform.control.Limiter;
import org.pathways.platform.entity.Refusal;

/**
 * Enrolling: an open course in one click, a district course with its cohort's code. Enrolling
 * twice, or from two tabs at once, gives the same enrolment.
 */
@ApplicationScoped
public class Enrollments {

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Inject ContentLibrary library;
  @Inject Authorization authorization;
  @Inject Cohorts cohorts;
  @Inject Learning learning;
  @Inject Clock clock;
  @Inject CodeGuesses guesses;
  @Inject CacheInvalidation caches;

  /** An enrolment, and whether this request created it. */
  public record Enrolled(Enrollment enrollment, boolean created) {}

  /**
   * Enrols the caller. An open course needs nothing; a cohort course needs its cohort's code. A
   * teacher already enrolled gets their enrolment back (joining the cohort if they give its code).
   */
  @Transactional
  public Enrolled enroll(Caller caller, String courseSlug, String code) {
    authorization.requireSignedIn(caller);
    Course course =
        library
            .course(courseSlug == null ? "" : courseSlug)
            .orElseThrow(() -> Refusal.invalid("course", "learning.enroll.course_unknown"));
    caches.changed(LearnerStates.changed(caller.id(), course.slug()));
    Cohort cohort = null;
    boolean codeGiven = code != null && !code.isBlank();
    if (codeGiven) {
      Optional<java.time.Duration> locked = guesses.take(caller.id());
      if (locked.isPresent()) {
        throw Refusal.tooMany(
            locked.get(), "learning.enroll.code_locked", Limiter.minutes(locked.get()));
      }
      cohort = cohortFor(course, code);
      guesses.right(caller.id());
    } else if (course.enrollment() == EnrollmentPolicy.COHORT_CODE) {
      Optional<Enrollment> existing = learning.enrollmentIn(caller, course.slug());
      if (existing.isPresent()) {
        return new Enrolled(existing.get(), false);
      }
      throw Refusal.of(Refusal.Kind.FORBIDDEN, "learning.enroll.code_required");
    }
    Optional<Enrollment> existing = learning.enrollmentIn(caller, course.slug());
    if (existing.isPresent()) {
      if (cohort != null) {
        existing.get().joinCohort(cohort.getId());
      }
      return new Enrolled(existing.get(), false);
    }
    Enrollment enrollment =
        new Enrollment(
            caller.id(),
            course.slug(),
            cohort == null ? null : cohort.getId(),
            clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
    int inserted =
        em.createNativeQuery(
                "insert into enrollment (id, account_id, course_slug, cohort_id, enrolled_at,"
                    + " last_activity_at) values (?1, ?2, ?3, cast(nullif(?4, '') as uuid), ?5, ?5)"
                    + " on conflict (account_id, course_slug) do nothing")
            .setParameter(1, enrollment.getId())
            .setParameter(2, caller.id())
            .setParameter(3, course.slug())
            // EclipseLink cannot bind a null of unknown type in a native query.
            .setParameter(4, cohort == null ? "" : cohort.getId().toString())
            .setParameter(5, Timestamp.from(enrollment.getEnrolledAt()))
            .executeUpdate();
    Enrollment stored =
        learning
            .enrollmentIn(caller, course.slug())
            .orElseThrow(() -> new IllegalStateException("enrolment vanished"));
    return new Enrolled(stored, inserted == 1);
  }

  private Cohort cohortFor(Course course, String code) {
    Cohort cohort =
        cohorts
            .byCode(code)
            .filter(found -> found.getCourseSlug().equals(course.slug()))
            .orElseThrow(() -> Refusal.of(Refusal.Kind.FORBIDDEN, "learning.enroll.code_wrong"));
    cohort.requireOpenForEnrolment();
    if (cohort.expiredAt(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS))) {
      throw Refusal.of(Refusal.Kind.FORBIDDEN, "learning.enroll.code_expired");
    }
    return cohort;
  }
}
