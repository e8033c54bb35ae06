package org.pathways.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.pathways.content.boundary.ContentLibrary;
import org.pathways.content.entity.Course;
import org.pathways.identity.boundary.Authorization;
import org.pathways.identity.entity.Caller;
import org.pathways.learning.entity.CourseProgress;
import org.pathways.learning.entity.Enrollment;
import org.pathways.learning.entity.Learner;
import org.pathways.learning.entity.StepCompletion;
import org.pathways.platform.entity.Refusal;

/**
 * A teacher's learning, for pages and the API alike: enrolment, progress laid over the current
 * course, recording steps, and certificates. Reading a page costs a constant number of queries: the
 * enrolment, then its completed steps in one query; the course itself is in memory.
 */
@ApplicationScoped
public class Learning {

  private static final Logger LOG = Logger.getLogger(Learning.class.getName());

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Inject ContentLibrary library;
  @Inject Authorization authorization;

  /** The caller's enrolments, most recent activity first, each with its progress. */
  @Transactional
  public List<Learner> enrollments(Caller caller) {
    authorization.requireSignedIn(caller);
    List<Enrollment> enrollments =
        em.createNamedQuery(Enrollment.OF_ACCOUNT, Enrollment.class)
            .setParameter("account", caller.id())
            .getResultList();
    return withProgress(enrollments);
  }

  /** The teachers of a cohort the caller may read, each with progress (two queries). */
  @Transactional
  public List<Learner> cohortLearners(Caller caller, org.pathways.cohort.entity.Cohort cohort) {
    authorization.require(caller, org.pathways.cohort.boundary.CohortRules.COHORT_READ, cohort);
    List<Enrollment> enrollments =
        em.createNamedQuery(Enrollment.OF_COHORT, Enrollment.class)
            .setParameter("cohort", cohort.getId().toString())
            .getResultList();
    return withProgress(enrollments);
  }

  private List<Learner> withProgress(List<Enrollment> enrollments) {
    if (enrollments.isEmpty()) {
      return List.of();
    }
    Map<UUID, Map<String, Instant>> done =
        em.createNamedQuery(StepCompletion.OF_ENROLLMENTS, StepCompletion.class)
            .setParameter("enrollments", enrollments.stream().map(Enrollment::getId).toList())
            .getResultStream()
            .collect(
                Collectors.groupingBy(
                    StepCompletion::getEnrollmentId,
                    Collectors.toMap(StepCompletion::getStepKey, StepCompletion::getCompletedAt)));
    return enrollments.stream()
        .filter(e -> library.course(e.getCourseSlug()).isPresent())
        .map(e -> learner(e, done.getOrDefault(e.getId(), Map.of())))
        .toList();
  }

  /** An enrolment the caller may read, with its progress (404 otherwise). */
  @Transactional
  public Learner learner(Caller caller, UUID enrollmentId) {
    Enrollment enrollment = readable(caller, enrollmentId);
    return learner(enrollment, completions(enrollment.getId()));
  }

  /** The caller's enrolment in a course, with its progress, if they are enrolled. */
  @Transactional
  public Optional<Learner> learnerIn(Caller caller, String courseSlug) {
    if (!caller.signedIn() || library.course(courseSlug).isEmpty()) {
      return Optional.empty();
    }
    return enrollmentIn(caller, courseSlug).map(e -> learner(e, completions(e.getId())));
  }

  /** The step of a course, for an enrolled caller, with the module it opens in (409 if locked). */
  @Transactional
  public Learner learnerForStep(Caller caller, String courseSlug, String stepKey) {
    authorization.requireSignedIn(caller);
    Course course =
        library.course(courseSlug).orElseThrow(() -> Refusal.notFound("learning.course.none"));
    if (course.step(stepKey).isEmpty()) {
      throw Refusal.notFound("learning.step.none");
    }
    Enrollment enrollment =
        enrollmentIn(caller, course.slug())
            .orElseThrow(() -> Refusal.of(Refusal.Kind.FORBIDDEN, "learning.step.enroll_first"));
    return learner(enrollment, completions(enrollment.getId()));
  }

  /**
   * The caller's own enrolment, locked until the transaction ends so that requests about it (a
   * double click, a second tab) take turns; 404 for anyone else's.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Enrollment lockForWriting(Caller caller, UUID enrollmentId) {
    authorization.requireSignedIn(caller);
    Enrollment enrollment =
        enrollmentId == null
            ? null
            : em.find(Enrollment.class, enrollmentId, LockModeType.PESSIMISTIC_WRITE);
    if (enrollment == null) {
      throw Refusal.notFound("learning.enrollment.none");
    }
    authorization.require(caller, EnrollmentRules.WRITE, enrollment);
    return enrollment;
  }

  /** An enrolment the caller may read (404 otherwise). */
  @Transactional
  public Enrollment readable(Caller caller, UUID enrollmentId) {
    authorization.requireSignedIn(caller);
    Enrollment enrollment = enrollmentId == null ? null : em.find(Enrollment.class, enrollmentId);
    if (enrollment == null) {
      throw Refusal.notFound("learning.enrollment.none");
    }
    authorization.require(caller, EnrollmentRules.READ, enrollment);
    return enrollment;
  }

  /**
   * An enrolment by id, for features that decide access themselves (reflections: the author, the
   * cohort's facilitators and members).
   */
  @Transactional
  public Optional<Enrollment> enrollment(UUID enrollmentId) {
    return Optional.ofNullable(
        enrollmentId == null ? null : em.find(Enrollment.class, enrollmentId));
  }

  /** The enrolments made with a cohort's code, oldest first (one query). */
  @Transactional
  public List<Enrollment> ofCohort(UUID cohortId) {
    return em.createNamedQuery(Enrollment.OF_COHORT, Enrollment.class)
        .setParameter("cohort", cohortId.toString())
        .getResultList();
  }

  /** Whether an account is enrolled through a cohort (one query). */
  @Transactional
  public boolean enrolledInCohort(UUID accountId, UUID cohortId) {
    return em.createQuery(
                "select count(e) from Enrollment e where e.accountId = :account"
                    + " and e.cohortId = :cohort",
                Long.class)
            .setParameter("account", accountId)
            .setParameter("cohort", cohortId.toString())
            .getSingleResult()
        > 0;
  }

  /** The cohorts an account enrolled with (one query). */
  @Transactional
  public java.util.Set<UUID> cohortsOf(UUID accountId) {
    java.util.Set<UUID> cohorts = new java.util.HashSet<>();
    for (Object id :
        em.createNativeQuery(
                "select distinct cohort_id from enrollment where account_id = ?1"
                    + " and cohort_id is not null")
            .setParameter(1, accountId)
            .getResultList()) {
      cohorts.add((UUID) id);
    }
    return cohorts;
  }

  /**
   * The caller's enrolment in a course with its completed steps, as one immutable reading for
   * {@link org.pathways.learning.control.LearnerStates} (two queries).
   */
  @Transactional
  public Optional<org.pathways.learning.entity.LearnerState> stateIn(
      Caller caller, String courseSlug) {
    return enrollmentIn(caller, courseSlug)
        .map(e -> org.pathways.learning.entity.LearnerState.of(e, completions(e.getId())));
  }

  /** The caller's enrolment in a course, if any. */
  public Optional<Enrollment> enrollmentIn(Caller caller, String courseSlug) {
    return em.createNamedQuery(Enrollment.OF_ACCOUNT_IN_COURSE, Enrollment.class)
        .setParameter("account", caller.id())
        .setParameter("course", courseSlug)
        .getResultStream()
        .findFirst();
  }

  Map<String, Instant> completions(UUID enrollmentId) {
    return em.createNamedQuery(StepCompletion.OF_ENROLLMENT, StepCompletion.class)
        .setParameter("enrollment", enrollmentId)
        .getResultStream()
        .collect(Collectors.toMap(StepCompletion::getStepKey, StepCompletion::getCompletedAt));
  }

  Learner learner(Enrollment enrollment, Map<String, Instant> completions) {
    return new Learner(enrollment, progress(courseOf(enrollment), enrollment, completions));
  }

  Course courseOf(Enrollment enrollment) {
    return library
        .course(enrollment.getCourseSlug())
        .orElseThrow(() -> Refusal.notFound("learning.course.not_offered"));
  }

  static CourseProgress progress(
      Course course, Enrollment enrollment, Map<String, Instant> completions) {
    return CourseProgress.of(
        course, completions, enrollment.getCompletedAt(), enrollment.getLastStepKey());
  }
}
