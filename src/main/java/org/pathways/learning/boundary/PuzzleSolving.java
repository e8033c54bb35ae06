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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.pathways.content.entity.Course;
import org.pathways.content.entity.Puzzle;
import org.pathways.content.entity.PuzzleProgram;
import org.pathways.content.entity.PuzzleRun;
import org.pathways.content.entity.Step;
import org.pathways.content.entity.StepKind;
import org.pathways.identity.entity.Caller;
import org.pathways.learning.control.StepRecording;
import org.pathways.learning.entity.Completion;
import org.pathways.learning.entity.Enrollment;
import org.pathways.platform.entity.Message;
import org.pathways.platform.entity.Refusal;

/**
 * Puzzle steps: the server runs the teacher's program on the puzzle (it never takes the page's word
 * for it), keeps it as their latest program for that step, and records the step once it solves.
 */
@ApplicationScoped
public class PuzzleSolving {

  /** What checking a program did: its run, and the completion when it solved the puzzle. */
  public record Solving(PuzzleRun run, Completion completion) {}

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Inject Learning learning;
  @Inject EnrollmentWork work;
  @Inject StepCompletions completions;
  @Inject Clock clock;

  /**
   * Runs the program for the enrolment's owner: 404 for an enrolment or step they cannot see, 409
   * when the step is locked or the cohort closed, 400 with each reason when the program breaks the
   * puzzle's rules; otherwise its run, recorded as their latest program, completing the step when
   * it solves the puzzle.
   */
  @Transactional
  public Solving solve(Caller caller, UUID enrollmentId, String stepKey, PuzzleProgram program) {
    Enrollment enrollment = work.lock(caller, enrollmentId);
    Course course = learning.courseOf(enrollment);
    Step step = course.step(stepKey).orElseThrow(() -> Refusal.notFound("learning.step.none"));
    if (step.kind() != StepKind.PUZZLE) {
      throw Refusal.invalid("program", "learning.puzzle.not_a_puzzle");
    }
    // Read once, under the enrolment's lock: still true when the solved step is recorded below.
    Map<String, Instant> done = learning.completions(enrollment.getId());
    StepRecording.requireOpen(Learning.progress(course, enrollment, done), step);
    Puzzle puzzle = step.details(Puzzle.class);
    List<Message> refusals = puzzle.refusals(program);
    if (!refusals.isEmpty()) {
      throw Refusal.invalid(
          Message.of("learning.puzzle.refused"),
          refusals.stream().map(reason -> new Refusal.FieldError("program", reason)).toList());
    }
    PuzzleRun run = puzzle.run(program);
    keep(enrollment, step.key(), program, run.solved());
    if (!run.solved()) {
      enrollment.workedOn(step.key(), clock.instant().truncatedTo(ChronoUnit.MICROS));
      return new Solving(run, null);
    }
    return new Solving(run, completions.stepEarned(enrollment, course, step, done));
  }

  /** The teacher's latest program for this step of their enrolment, in the page's text form. */
  @Transactional
  public Optional<String> latest(UUID enrollmentId, String stepKey) {
    List<?> rows =
        em.createNativeQuery(
                "select program from puzzle_program where enrollment_id = ?1 and step_key = ?2")
            .setParameter(1, enrollmentId)
            .setParameter(2, stepKey)
            .getResultList();
    return rows.stream().map(String::valueOf).findFirst();
  }

  private void keep(Enrollment enrollment, String stepKey, PuzzleProgram program, boolean solved) {
    em.createNativeQuery(
            "insert into puzzle_program"
                + " (enrollment_id, step_key, program, solved, runs, updated_at)"
                + " values (?1, ?2, ?3, ?4, 1, ?5)"
                + " on conflict (enrollment_id, step_key) do update set program = excluded.program,"
                + " solved = puzzle_program.solved or excluded.solved,"
                + " runs = puzzle_program.runs + 1, updated_at = excluded.updated_at")
        .setParameter(1, enrollment.getId())
        .setParameter(2, stepKey)
        .setParameter(3, program.text())
        .setParameter(4, solved)
        .setParameter(5, Timestamp.from(clock.instant()))
        .executeUpdate();
  }
}
