package org.pathways.content.entity;

import java.util.List;

/** A module of a course: known by its key (slug); its steps in order. */
public record CourseModule(
    String key,
    String title,
    String summary,
    int estimatedMinutes,
    boolean required,
    List<Step> steps) {

  public CourseModule {
    steps = List.copyOf(steps);
  }
}
