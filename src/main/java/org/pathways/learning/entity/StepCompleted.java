package org.pathways.learning.entity;

import java.time.Instant;
import java.util.UUID;
import org.pathways.content.entity.Course;
import org.pathways.content.entity.CourseModule;
import org.pathways.content.entity.Step;

/**
 * A step newly recorded as done, fired inside the transaction that recorded it (observers that
 * write must write in it, and do nothing costly): the graded quiz when the step is one (passed),
 * the step's module when this step completed it, and whether it completed the course.
 */
public record StepCompleted(
    UUID enrollment,
    UUID account,
    Course course,
    Step step,
    Instant at,
    QuizResult quiz,
    CourseModule moduleCompleted,
    boolean courseCompleted,
    CourseProgress progress) {

  /** The module this step completed, when the progress after it shows the module complete. */
  public static CourseModule moduleCompletedBy(CourseProgress after, Step step) {
    return after
        .moduleOf(step.key())
        .filter(module -> module.state() == ModuleState.COMPLETED)
        .filter(module -> counts(module.module(), step))
        .map(CourseProgress.ModuleProgress::module)
        .orElse(null);
  }

  /** Whether the step is one the module's completion waits for (so it was not complete before). */
  private static boolean counts(CourseModule module, Step step) {
    return step.required() || module.steps().stream().noneMatch(Step::required);
  }
}
