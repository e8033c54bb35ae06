package org.pathways.learning.control;

import org.pathways.learning.entity.CourseProgress;

/**
 * Where the step player goes after a step was recorded: the certificate when that completed the
 * course (or when the course is complete and this was the last step), else the next step, else the
 * course page.
 */
public final class WhereNext {

  /** A place in the learning pages. */
  public enum Kind {
    CERTIFICATE,
    STEP,
    COURSE
  }

  /** Where to go; {@code stepKey} names the step when {@code kind} is STEP. */
  public record Place(Kind kind, String stepKey) {}

  private WhereNext() {}

  public static Place after(CourseProgress progress, String stepKey, boolean courseCompleted) {
    if (courseCompleted) {
      return new Place(Kind.CERTIFICATE, null);
    }
    var next = progress.next(stepKey);
    if (next.isEmpty() && progress.completed()) {
      // The last step may have been recorded by the page's script already: the completion moment
      // is still the certificate.
      return new Place(Kind.CERTIFICATE, null);
    }
    return next.map(s -> new Place(Kind.STEP, s.step().key())).orElse(new Place(Kind.COURSE, null));
  }
}
