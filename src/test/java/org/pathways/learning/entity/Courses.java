package org.pathways.learning.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.pathways.content.entity.Course;
import org.pathways.content.entity.CourseModule;
import org.pathways.content.entity.EnrollmentPolicy;
import org.pathways.content.entity.Sequencing;
import org.pathways.content.entity.Step;
import org.pathways.content.entity.StepDetails;
import org.pathways.content.entity.StepKind;

/** Small courses for rule tests: {@code module("m1", true, step("a"), optional("b"))}. */
public final class Courses {

  private Courses() {}

  public static Course course(Sequencing sequencing, CourseModule... modules) {
    return new Course(
        "test-course",
        "Test course",
        "",
        "teachers",
        "K-5",
        "elementary",
        1,
        EnrollmentPolicy.OPEN,
        sequencing,
        "en",
        Arrays.asList(modules),
        Map.of(),
        Map.of(),
        "v1",
        java.util.Map.of());
  }

  public static CourseModule module(String key, boolean required, Step... steps) {
    return new CourseModule(key, "Module " + key, "", required, new ArrayList<>(List.of(steps)));
  }

  public static Step step(String key) {
    return new Step(
        key, StepKind.PAGE, "Step " + key, true, 5, "", "", new StepDetails.Page(), key);
  }

  public static Step optional(String key) {
    return new Step(
        key, StepKind.PAGE, "Step " + key, false, 5, "", "", new StepDetails.Page(), key);
  }
}
