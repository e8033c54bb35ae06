package org.pathways.learning.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathways.learning.entity.Courses.course;
import static org.pathways.learning.entity.Courses.module;
import static org.pathways.learning.entity.Courses.optional;
import static org.pathways.learning.entity.Courses.step;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pathways.content.entity.Course;
import org.pathways.content.entity.Sequencing;
import org.pathways.content.entity.Step;

class StepCompletedTest {

  private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

  private static final Course COURSE =
      course(
          Sequencing.STRICT,
          module("m1", true, step("a"), step("b"), optional("c")),
          module("m2", true, optional("x"), optional("y")));

  private static CourseProgress after(String... keys) {
    Map<String, Instant> done = new HashMap<>();
    for (String key : keys) {
      done.put(key, AT);
    }
    return CourseProgress.of(COURSE, done, null, keys[keys.length - 1]);
  }

  private static Step done(String key) {
    return COURSE.step(key).orElseThrow();
  }

  @Test
  void theLastRequiredStepCompletesItsModule() {
    assertThat(StepCompleted.moduleCompletedBy(after("a"), done("a"))).isNull();
    assertThat(StepCompleted.moduleCompletedBy(after("a", "b"), done("b")).key()).isEqualTo("m1");
  }

  @Test
  void anOptionalStepDoneLaterDoesNotCompleteTheModuleAgain() {
    assertThat(StepCompleted.moduleCompletedBy(after("a", "b", "c"), done("c"))).isNull();
  }

  @Test
  void aModuleWithoutRequiredStepsIsCompletedByItsLastStep() {
    assertThat(StepCompleted.moduleCompletedBy(after("a", "b", "x"), done("x"))).isNull();
    assertThat(StepCompleted.moduleCompletedBy(after("a", "b", "x", "y"), done("y")).key())
        .isEqualTo("m2");
  }
}
