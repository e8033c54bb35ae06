package org.pathways.content.entity;

import java.util.List;

/**
 * A module of a course: known by its key (slug); its steps in order. Its time is not declared but
 * summed from its steps ({@link #estimatedMinutes()}), so the two cannot drift apart.
 */
public record CourseModule(
    String key, String title, String summary, boolean required, List<Step> steps) {

  public CourseModule {
    steps = List.copyOf(steps);
  }

  /** Every step's minutes, optional ones included: the time the module asks of a teacher. */
  public int estimatedMinutes() {
    return steps.stream().mapToInt(Step::minutes).sum();
  }
}
