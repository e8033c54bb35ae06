package org.pathways.learning.entity;

import org.pathways.content.entity.Step;

/**
 * What recording a step did: the step, the enrolment's progress afterwards, the graded quiz when
 * the step is one, whether this request recorded anything new, and whether it completed the course.
 */
public record Completion(
    Enrollment enrollment,
    Step step,
    CourseProgress progress,
    QuizResult quiz,
    boolean recorded,
    boolean courseCompleted) {

  /** False when a quiz was answered below its pass mark: the step is not complete. */
  public boolean stepComplete() {
    return progress.step(step.key()).map(CourseProgress.StepProgress::done).orElse(false);
  }
}
