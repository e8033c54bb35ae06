package org.pathways.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pathways.content.entity.Course;
import org.pathways.content.entity.Step;
import org.pathways.identity.entity.Caller;
import org.pathways.learning.control.LearnerStates;
import org.pathways.learning.control.StepRecording;
import org.pathways.learning.entity.Completion;
import org.pathways.learning.entity.CourseProgress;
import org.pathways.learning.entity.Enrollment;
import org.pathways.learning.entity.Learner;
import org.pathways.learning.entity.LearnerState;
import org.pathways.learning.entity.QuizAttempt;
import org.pathways.learning.entity.QuizFailed;
import org.pathways.learning.entity.QuizResult;
import org.pathways.learning.entity.StepCompleted;
import org.pathways.platform.control.CacheInvalidation;
import org.pathways.platform.entity.Refusal;

/**
 * Recording steps as done: idempotent, one row per enrolment and step; the last counted step
 * completes the course and issues its certificate. What was recorded is told to other features
 * ({@link StepCompleted}, {@link QuizFailed}) inside the transaction, so that what they write with
 * it (an xAPI statement) commits or rolls back with the step.
 */
@ApplicationScoped
public class StepCompletions {

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Inject Learning learning;
  @Inject EnrollmentWork work;
  @Inject Certificates certificates;
  @Inject Clock clock;
  @Inject LearnerStates states;
  @Inject CacheInvalidation caches;
  @Inject Event<StepCompleted> stepCompleted;
  @Inject Event<QuizFailed> quizFailed;

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
    if (StepRecording.decidedByInsert(step)) {
      return recordInOne(enrollment, course, step);
    }
    Map<String, Instant> completions = learning.completions(enrollment.getId());
    CourseProgress before = Learning.progress(course, enrollment, completions);
    StepRecording.requireOpen(before, step);
    boolean alreadyDone = completions.containsKey(step.key());
    QuizResult quiz = StepRecording.check(step, alreadyDone, answers);
    if (quiz != null && !alreadyDone) {
      long kept = attemptsKept(enrollment, step.key());
      if (kept < keptAttempts) {
        em.persist(
            new QuizAttempt(
                enrollment.getId(), step.key(), quiz, StepRecording.answersText(answers), now()));
        if (!quiz.passed()) {
          quizFailed.fire(
              new QuizFailed(
                  enrollment.getId(),
                  enrollment.getAccountId(),
                  course,
                  step,
                  kept + 1,
                  quiz,
                  now()));
        }
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
   * server's own run of the teacher's program), given the enrolment's completions read under its
   * lock in this transaction.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Completion stepEarned(
      Enrollment enrollment, Course course, Step step, Map<String, Instant> completions) {
    return record(enrollment, course, step, completions, null);
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
    CourseProgress progress = Learning.progress(course, enrollment, after);
    if (inserted == 1) {
      completed(enrollment, course, step, now, quiz, progress, courseCompleted);
    }
    return new Completion(enrollment, step, progress, quiz, inserted == 1, courseCompleted);
  }

  private void completed(
      Enrollment enrollment,
      Course course,
      Step step,
      Instant at,
      QuizResult quiz,
      CourseProgress after,
      boolean courseCompleted) {
    stepCompleted.fire(
        new StepCompleted(
            enrollment.getId(),
            enrollment.getAccountId(),
            course,
            step,
            at,
            quiz,
            StepCompleted.moduleCompletedBy(after, step),
            courseCompleted,
            after));
  }

  /**
   * Records a step that nothing but its insert decides, in one statement after the lock: the insert
   * ({@code on conflict do nothing returning}), the enrolment's other completed steps, and "worked
   * on" (only when inserted). A step of a locked module is refused after the statement, which rolls
   * it back. The lock stays: the transaction that inserts the last counted step must see every
   * other completion (under READ COMMITTED a statement sees what committed before it began), or two
   * last steps completed at once would both miss the course's completion.
   *
   * <p>Statements: the lock, this one (and the cohort's row for a cohort's enrolment), and what
   * observers of {@link StepCompleted} write (the live event for the teacher's open pages, an xAPI
   * statement when that is on); completing the course adds its mark, the holder's name and the
   * certificate.
   */
  private Completion recordInOne(Enrollment enrollment, Course course, Step step) {
    Instant now = now();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "with inserted as (insert into step_completion (enrollment_id, step_key,"
                    + " completed_at) values (?1, ?2, ?3) on conflict do nothing"
                    + " returning step_key, completed_at),"
                    + " worked as (update enrollment set last_step_key = ?2, last_activity_at = ?3"
                    + " where id = ?1 and exists (select 1 from inserted) returning id)"
                    + " select step_key, completed_at, true from inserted"
                    + " union all select step_key, completed_at, false from step_completion"
                    + " where enrollment_id = ?1")
            .setParameter(1, enrollment.getId())
            .setParameter(2, step.key())
            .setParameter(3, Timestamp.from(now))
            .getResultList();
    // The statement wrote the enrolment's row itself: the entity only answers from here on.
    em.detach(enrollment);
    Map<String, Instant> before = new HashMap<>();
    boolean inserted = false;
    for (Object[] row : rows) {
      if (Boolean.TRUE.equals(row[2])) {
        inserted = true;
      } else {
        before.put((String) row[0], instant(row[1]));
      }
    }
    StepRecording.requireOpen(Learning.progress(course, enrollment, before), step);
    Map<String, Instant> after = before;
    boolean courseCompleted = false;
    if (inserted) {
      after = new HashMap<>(before);
      after.put(step.key(), now);
      enrollment.workedOn(step.key(), now);
      if (Learning.progress(course, enrollment, after).finished() && enrollment.complete(now)) {
        courseCompleted =
            em.createNativeQuery(
                        "update enrollment set completed_at = ?2 where id = ?1"
                            + " and completed_at is null")
                    .setParameter(1, enrollment.getId())
                    .setParameter(2, Timestamp.from(now))
                    .executeUpdate()
                == 1;
        if (courseCompleted) {
          certificates.issue(enrollment, course);
        }
      }
    }
    LearnerState written = LearnerState.of(enrollment, after);
    caches.afterCommit(() -> states.written(written));
    CourseProgress progress = Learning.progress(course, enrollment, after);
    if (inserted) {
      completed(enrollment, course, step, now, null, progress, courseCompleted);
    }
    return new Completion(enrollment, step, progress, null, inserted, courseCompleted);
  }

  private static Instant instant(Object value) {
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant();
    }
    if (value instanceof java.time.OffsetDateTime offset) {
      return offset.toInstant();
    }
    return (Instant) value;
  }

  /** Now, as PostgreSQL keeps it (microseconds), so that an answer matches what a re-read gives. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
