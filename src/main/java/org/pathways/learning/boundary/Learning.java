package org.pathways.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pathways.content.control.ContentLibrary;
import org.pathways.content.entity.Course;
import org.pathways.content.entity.Step;
import org.pathways.content.entity.StepDetails;
import org.pathways.content.entity.StepKind;
import org.pathways.identity.boundary.Authorization;
import org.pathways.identity.entity.Caller;
import org.pathways.learning.entity.Completion;
import org.pathways.learning.entity.CourseProgress;
import org.pathways.learning.entity.Enrollment;
import org.pathways.learning.entity.Learner;
import org.pathways.learning.entity.QuizAttempt;
import org.pathways.learning.entity.QuizResult;
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
  @Inject Certificates certificates;
  @Inject Clock clock;

  /**
   * How many attempts at one quiz are kept for an enrolment; later ones are still checked and
   * answered, but not stored, so that nobody can fill the database by failing a quiz forever.
   */
  @Inject
  @ConfigProperty(name = "pathways.limits.quiz-attempts", defaultValue = "100")
  int keptAttempts;

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

  /**
   * Records a step as done for the enrolment's owner. A quiz is graded first and completes only at
   * its pass mark (every attempt before that is kept). Repeating a recorded step changes nothing.
   * Completing the last counted step completes the course and issues its certificate.
   */
  @Transactional
  public Completion complete(
      Caller caller,
      UUID enrollmentId,
      String stepKey,
      Map<String, ? extends Collection<String>> answers) {
    Enrollment enrollment = lockForWriting(caller, enrollmentId);
    Course course = courseOf(enrollment);
    Step step =
        course.step(stepKey).orElseThrow(() -> Refusal.notFound("This course has no such step."));
    Map<String, Instant> completions = completions(enrollment.getId());
    CourseProgress before = progress(course, enrollment, completions);
    CourseProgress.ModuleProgress module = before.moduleOf(step.key()).orElseThrow();
    if (module.locked()) {
      throw new Refusal(Refusal.Kind.CONFLICT, lockedMessage(module));
    }
    boolean alreadyDone = completions.containsKey(step.key());
    QuizResult quiz = null;
    if (step.kind() == StepKind.QUIZ) {
      StepDetails.Quiz questions = step.details(StepDetails.Quiz.class);
      if (answers == null || answers.isEmpty()) {
        if (!alreadyDone) {
          throw new Refusal(
                  Refusal.Kind.UNPROCESSABLE, "Answer the questions to complete this quiz.")
              .keyed("learning.quiz.unanswered");
        }
      } else {
        List<String> unknown = QuizResult.unknownKeys(questions, answers);
        if (!unknown.isEmpty()) {
          throw Refusal.invalid(
              "answers", "This quiz has no question or choice " + String.join(", ", unknown) + ".");
        }
        quiz = QuizResult.grade(questions, answers);
        if (!alreadyDone) {
          if (attemptsKept(enrollment, step.key()) < keptAttempts) {
            em.persist(
                new QuizAttempt(enrollment.getId(), step.key(), quiz, answersText(answers), now()));
          }
          enrollment.workedOn(step.key(), now());
        }
        if (!quiz.passed() && !alreadyDone) {
          return new Completion(enrollment, step, before, quiz, false, false);
        }
      }
    } else if (step.kind() == StepKind.REFLECTION && !alreadyDone) {
      throw new Refusal(Refusal.Kind.UNPROCESSABLE, "Submit your reflection to complete this step.")
          .keyed("learning.reflection.submit_first");
    }
    return record(enrollment, course, step, completions, quiz);
  }

  private long attemptsKept(Enrollment enrollment, String stepKey) {
    return em.createNamedQuery(QuizAttempt.COUNT_OF_STEP, Long.class)
        .setParameter("enrollment", enrollment.getId())
        .setParameter("step", stepKey)
        .getSingleResult();
  }

  /**
   * Records a reflection step as done once its reflection is submitted (the reflections feature
   * calls this inside its own transaction).
   */
  @Transactional
  public Completion reflectionSubmitted(Enrollment enrollment, String stepKey) {
    Course course = courseOf(enrollment);
    Step step = course.step(stepKey).orElseThrow(() -> Refusal.notFound("No such step."));
    Map<String, Instant> completions = completions(enrollment.getId());
    CourseProgress.ModuleProgress module =
        progress(course, enrollment, completions).moduleOf(step.key()).orElseThrow();
    if (module.locked()) {
      throw new Refusal(Refusal.Kind.CONFLICT, lockedMessage(module));
    }
    return record(enrollment, course, step, completions, null);
  }

  private Completion record(
      Enrollment enrollment,
      Course course,
      Step step,
      Map<String, Instant> completions,
      QuizResult quiz) {
    Instant now = now();
    int inserted =
        em.createNativeQuery(
                "insert into step_completion (enrollment_id, step_key, completed_at)"
                    + " values (?1, ?2, ?3) on conflict do nothing")
            .setParameter(1, enrollment.getId())
            .setParameter(2, step.key())
            .setParameter(3, Timestamp.from(now))
            .executeUpdate();
    Map<String, Instant> after = completions;
    boolean courseCompleted = false;
    if (inserted == 1) {
      after = new HashMap<>(completions);
      after.put(step.key(), now);
      enrollment.workedOn(step.key(), now);
      if (progress(course, enrollment, after).finished() && enrollment.complete(now)) {
        certificates.issue(enrollment, course);
        courseCompleted = true;
      }
    }
    return new Completion(
        enrollment,
        step,
        progress(course, enrollment, after),
        quiz,
        inserted == 1,
        courseCompleted);
  }

  /** The step of a course, for an enrolled caller, with the module it opens in (409 if locked). */
  @Transactional
  public Learner learnerForStep(Caller caller, String courseSlug, String stepKey) {
    authorization.requireSignedIn(caller);
    Course course =
        library.course(courseSlug).orElseThrow(() -> Refusal.notFound("There is no such course."));
    if (course.step(stepKey).isEmpty()) {
      throw Refusal.notFound("This course has no such step.");
    }
    Enrollment enrollment =
        enrollmentIn(caller, course.slug())
            .orElseThrow(
                () ->
                    new Refusal(Refusal.Kind.FORBIDDEN, "Enrol in this course to open its steps."));
    return learner(enrollment, completions(enrollment.getId()));
  }

  /** Now, as PostgreSQL keeps it (microseconds), so that an answer matches what a re-read gives. */
  private Instant now() {
    return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
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
      throw Refusal.notFound("There is nothing here, or you may not see it.");
    }
    authorization.require(caller, EnrollmentRules.WRITE, enrollment);
    return enrollment;
  }

  /** Plain words for why a module is locked. */
  public static String lockedMessage(CourseProgress.ModuleProgress module) {
    return "The module \""
        + module.module().title()
        + "\" opens when you complete the module \""
        + module.blockedBy().title()
        + "\".";
  }

  /** An enrolment the caller may read (404 otherwise). */
  @Transactional
  public Enrollment readable(Caller caller, UUID enrollmentId) {
    authorization.requireSignedIn(caller);
    Enrollment enrollment = enrollmentId == null ? null : em.find(Enrollment.class, enrollmentId);
    if (enrollment == null) {
      throw Refusal.notFound("There is nothing here, or you may not see it.");
    }
    authorization.require(caller, EnrollmentRules.READ, enrollment);
    return enrollment;
  }

  /** The caller's enrolment in a course, if any. */
  public Optional<Enrollment> enrollmentIn(Caller caller, String courseSlug) {
    return em.createNamedQuery(Enrollment.OF_ACCOUNT_IN_COURSE, Enrollment.class)
        .setParameter("account", caller.id())
        .setParameter("course", courseSlug)
        .getResultStream()
        .findFirst();
  }

  private Map<String, Instant> completions(UUID enrollmentId) {
    return em.createNamedQuery(StepCompletion.OF_ENROLLMENT, StepCompletion.class)
        .setParameter("enrollment", enrollmentId)
        .getResultStream()
        .collect(Collectors.toMap(StepCompletion::getStepKey, StepCompletion::getCompletedAt));
  }

  private Learner learner(Enrollment enrollment, Map<String, Instant> completions) {
    return new Learner(enrollment, progress(courseOf(enrollment), enrollment, completions));
  }

  private Course courseOf(Enrollment enrollment) {
    return library
        .course(enrollment.getCourseSlug())
        .orElseThrow(
            () ->
                Refusal.notFound(
                    "This course is not offered at the moment; your progress is kept."));
  }

  private static CourseProgress progress(
      Course course, Enrollment enrollment, Map<String, Instant> completions) {
    return CourseProgress.of(
        course, completions, enrollment.getCompletedAt(), enrollment.getLastStepKey());
  }

  private static String answersText(Map<String, ? extends Collection<String>> answers) {
    return answers.entrySet().stream()
        .map(
            e ->
                e.getKey()
                    + "="
                    + String.join("|", e.getValue() == null ? List.of() : e.getValue()))
        .sorted()
        .collect(Collectors.joining(";"));
  }
}
