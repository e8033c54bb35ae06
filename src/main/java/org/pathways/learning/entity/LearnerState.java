package org.pathways.learning.entity;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.pathways.content.entity.Course;

/**
 * What a teacher's enrolment holds, as read at one moment: immutable, so that it can be kept in
 * memory and shared between requests of the same teacher (never another's: it is found by the
 * teacher's account). Progress is laid over whichever version of the course is served when asked.
 */
public record LearnerState(
    UUID enrollmentId,
    UUID accountId,
    String courseSlug,
    Instant lastActivityAt,
    String lastStepKey,
    Instant completedAt,
    Map<String, Instant> completions) {

  public LearnerState {
    completions = Map.copyOf(completions);
  }

  public static LearnerState of(Enrollment enrollment, Map<String, Instant> completions) {
    return new LearnerState(
        enrollment.getId(),
        enrollment.getAccountId(),
        enrollment.getCourseSlug(),
        enrollment.getLastActivityAt(),
        enrollment.getLastStepKey(),
        enrollment.getCompletedAt(),
        completions);
  }

  /** The progress over this version of the course. */
  public CourseProgress progress(Course course) {
    return CourseProgress.of(course, completions, completedAt, lastStepKey);
  }

  /**
   * The later of two readings of the same enrolment: progress only grows (completions are never
   * removed, completion is never undone), then the later activity.
   */
  public static LearnerState later(LearnerState a, LearnerState b) {
    if (a.completions.size() != b.completions.size()) {
      return a.completions.size() > b.completions.size() ? a : b;
    }
    if ((a.completedAt == null) != (b.completedAt == null)) {
      return a.completedAt != null ? a : b;
    }
    return b.lastActivityAt.isAfter(a.lastActivityAt) ? b : a;
  }
}
