package org.pathways.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pathways.content.entity.Course;
import org.pathways.content.entity.Step;
import org.pathways.identity.entity.Caller;
import org.pathways.learning.control.StepRecording;
import org.pathways.learning.entity.Completion;
import org.pathways.learning.entity.CourseProgress;
import org.pathways.learning.entity.Enrollment;
import org.pathways.learning.entity.Learner;
import org.pathways.learning.entity.QuizAttempt;
import org.pathways.learning.entity.QuizResult;
import org.pathways.platform.entity.Refusal;

/**
 * Recording steps as done: idempotent, one row per enrolment and step; the last counted step
 * completes the course and issues its certificate.
 */
@ApplicationScoped
public class StepCompletions {

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Inject Learning learning;
  @Inject EnrollmentWork work;
  @Inject Certificates certificates;
  @Inject Clock clock;

  /**
   * How many attempts at one quiz are kept for an enrolment; later ones are still checked and
   * answered, but not stored, so that nobody can fill the database by failing a quiz forever.
   */
  @Inject
  @ConfigProperty(name = "pathways.limits.quiz-attempts", defaultValue = "100")
  int keptAttempts;

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
    Enrollment enrollment = work.lock(caller, enrollmentId);
    Course course = learning.courseOf(enrollment);
    Step step = course.step(stepKey).orElseThrow(() -> Refusal.notFound("learning.step.none"));
    Map<String, Instant> completions = learning.completions(enrollment.getId());
    CourseProgress before = Learning.progress(course, enrollment, completions);
    StepRecording.requireOpen(before, step);
    boolean alreadyDone = completions.containsKey(step.key());
    QuizResult quiz = StepRecording.check(step, alreadyDone, answers);
    if (quiz != null && !alreadyDone) {
      if (attemptsKept(enrollment, step.key()) < keptAttempts) {
        em.persist(
            new QuizAttempt(
                enrollment.getId(), step.key(), quiz, StepRecording.answersText(answers), now()));
      }
      enrollment.workedOn(step.key(), now());
      if (!quiz.passed()) {
        return new Completion(enrollment, step, before, quiz, false, false);
      }
    }
    return record(enrollment, course, step, completions, quiz);
  }

  /**
   * Records a reflection step as done once its reflection is submitted (the reflections feature
   * calls this inside its own transaction).
   */
  @Transactional
  public Completion reflectionSubmitted(Enrollment enrollment, String stepKey) {
    Course course = learning.courseOf(enrollment);
    Step step = course.step(stepKey).orElseThrow(() -> Refusal.notFound("learning.step.no_such"));
    Map<String, Instant> completions = learning.completions(enrollment.getId());
    StepRecording.requireOpen(Learning.progress(course, enrollment, completions), step);
    return record(enrollment, course, step, completions, null);
  }

  /**
   * How many attempts at a quiz are kept for the learner's enrolment (one query): the step page
   * orders the choices by it.
   */
  public long attemptsKept(Learner learner, String stepKey) {
    return attemptsKept(learner.enrollment(), stepKey);
  }

  /**
   * Records a step as done that was earned elsewhere in this transaction (a puzzle solved by the
   * server's own run of the teacher's program).
   */
  @Transactional
  public Completion stepEarned(Enrollment enrollment, String stepKey) {
    Course course = learning.courseOf(enrollment);
    Step step = course.step(stepKey).orElseThrow(() -> Refusal.notFound("learning.step.no_such"));
    return record(enrollment, course, step, learning.completions(enrollment.getId()), null);
  }

  private long attemptsKept(Enrollment enrollment, String stepKey) {
    return em.createNamedQuery(QuizAttempt.COUNT_OF_STEP, Long.class)
        .setParameter("enrollment", enrollment.getId())
        .setParameter("step", stepKey)
        .getSingleResult();
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
      if (Learning.progress(course, enrollment, after).finished() && enrollment.complete(now)) {
        certificates.issue(enrollment, course);
        courseCompleted = true;
      }
    }
    return new Completion(
        enrollment,
        step,
        Learning.progress(course, enrollment, after),
        quiz,
        inserted == 1,
        courseCompleted);
  }

  /** Now, as PostgreSQL keeps it (microseconds), so that an answer matches what a re-read gives. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
