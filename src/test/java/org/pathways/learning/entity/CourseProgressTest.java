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

class CourseProgressTest {

  private static final Instant AT = Instant.parse("2026-11-01T10:00:00Z");

  private static Map<String, Instant> done(String... keys) {
    Map<String, Instant> completions = new HashMap<>();
    for (String key : keys) {
      completions.put(key, AT);
    }
    return completions;
  }

  private static final Course STRICT =
      course(
          Sequencing.STRICT,
          module("m1", true, step("a"), step("b"), optional("c")),
          module("e1", false, step("x")),
          module("m2", true, step("d")),
          module("m3", true, step("e")));

  @Test
  void underStrictSequencingAModuleIsLockedUntilThePreviousRequiredModuleIsComplete() {
    CourseProgress progress = CourseProgress.of(STRICT, done("a"), null, "a");

    assertThat(progress.modules())
        .extracting(m -> m.state())
        .containsExactly(
            ModuleState.IN_PROGRESS, ModuleState.LOCKED, ModuleState.LOCKED, ModuleState.LOCKED);
    assertThat(progress.modules().get(2).blockedBy().key()).isEqualTo("m1");
    assertThat(progress.modules().get(3).blockedBy().key()).isEqualTo("m2");
  }

  @Test
  void optionalStepsDoNotHoldAModuleBackAndElectiveModulesNeverBlock() {
    CourseProgress progress = CourseProgress.of(STRICT, done("a", "b"), null, "b");

    assertThat(progress.modules())
        .extracting(m -> m.state())
        .containsExactly(
            ModuleState.COMPLETED,
            ModuleState.AVAILABLE,
            ModuleState.AVAILABLE,
            ModuleState.LOCKED);
  }

  @Test
  void underOpenSequencingNothingIsLocked() {
    Course open =
        course(
            Sequencing.OPEN,
            STRICT.modules().toArray(new org.pathways.content.entity.CourseModule[0]));

    CourseProgress progress = CourseProgress.of(open, done(), null, null);

    assertThat(progress.modules()).noneMatch(CourseProgress.ModuleProgress::locked);
  }

  @Test
  void percentCountsOnlyRequiredStepsOfRequiredModulesAndReaches100OnlyWhenAllAreDone() {
    assertThat(CourseProgress.of(STRICT, done("a", "c", "x"), null, null).percent()).isEqualTo(25);
    assertThat(CourseProgress.of(STRICT, done("a", "b", "d"), null, null).percent()).isEqualTo(75);
    CourseProgress all = CourseProgress.of(STRICT, done("a", "b", "d", "e"), null, null);
    assertThat(all.percent()).isEqualTo(100);
    assertThat(all.finished()).isTrue();
  }

  @Test
  void retiredStepsStopCounting() {
    // "gone" was completed in an earlier version and is no longer in the course.
    CourseProgress progress = CourseProgress.of(STRICT, done("gone", "a"), null, "gone");

    assertThat(progress.done()).isEqualTo(1);
    assertThat(progress.counted()).isEqualTo(4);
    assertThat(progress.resume().key()).isEqualTo("b");
  }

  @Test
  void aRequiredStepAddedAfterCompletionLowersThePercentButUnlocksEverythingAndKeepsCompletion() {
    Course grown =
        course(
            Sequencing.STRICT,
            module("m1", true, step("a"), step("b"), step("new")),
            module("m2", true, step("d")),
            module("m3", true, step("e")));

    CourseProgress progress = CourseProgress.of(grown, done("a", "b", "d", "e"), AT, "e");

    assertThat(progress.completed()).isTrue();
    assertThat(progress.percent()).isEqualTo(80);
    assertThat(progress.modules()).noneMatch(CourseProgress.ModuleProgress::locked);
  }

  @Test
  void aModuleTheTeacherAlreadyWorkedInStaysOpenWhenAnEarlierModuleGrows() {
    Course grown =
        course(
            Sequencing.STRICT,
            module("m1", true, step("a"), step("b"), step("new")),
            module("m2", true, step("d"), step("d2")));

    CourseProgress progress = CourseProgress.of(grown, done("a", "b", "d"), null, "d");

    assertThat(progress.modules().get(1).state()).isEqualTo(ModuleState.IN_PROGRESS);
  }

  @Test
  void resumeIsTheFirstOpenStepNotDoneAfterTheLastOneWorkedOn() {
    Course open =
        course(
            Sequencing.OPEN,
            module("m1", true, step("a"), step("b"), step("c")),
            module("m2", true, step("d"), step("e")));

    assertThat(CourseProgress.of(open, done(), null, null).resume().key()).isEqualTo("a");
    assertThat(CourseProgress.of(open, done("d"), null, "d").resume().key()).isEqualTo("e");
    // After the last step worked on everything is done: back to the first gap.
    assertThat(CourseProgress.of(open, done("d", "e"), null, "e").resume().key()).isEqualTo("a");
    // Everything done: the last step worked on.
    assertThat(CourseProgress.of(open, done("a", "b", "c", "d", "e"), AT, "c").resume().key())
        .isEqualTo("c");
  }

  @Test
  void resumeNeverPointsIntoALockedModule() {
    CourseProgress progress = CourseProgress.of(STRICT, done("a", "b"), null, "b");

    assertThat(progress.resume().key()).isEqualTo("c");
    CourseProgress later = CourseProgress.of(STRICT, done("a", "b", "c", "x", "d"), null, "d");
    assertThat(later.resume().key()).isEqualTo("e");
  }

  @Test
  void previousAndNextFollowCourseOrderAcrossModules() {
    CourseProgress progress = CourseProgress.of(STRICT, done(), null, null);

    assertThat(progress.previous("a")).isEmpty();
    assertThat(progress.next("c").orElseThrow().step().key()).isEqualTo("x");
    assertThat(progress.previous("x").orElseThrow().step().key()).isEqualTo("c");
    assertThat(progress.next("e")).isEmpty();
  }

  @Test
  void aLockedModuleSendsTheTeacherToTheFirstStepNotDoneOfTheModuleItWaitsFor() {
    CourseProgress progress = CourseProgress.of(STRICT, done("a"), null, "a");

    CourseProgress.ModuleProgress m2 = progress.moduleOf("d").orElseThrow();
    assertThat(m2.locked()).isTrue();
    assertThat(progress.firstNotDoneBlocking(m2).orElseThrow().step().key()).isEqualTo("b");
  }

  @Test
  void aModulesPercentCountsItsRequiredStepsAndTheStepsLeftAndRecentOnesCountWhatTheCourseCounts() {
    Map<String, Instant> completions = done("a", "c", "x");
    completions.put("d", AT.plusSeconds(3600));
    CourseProgress progress = CourseProgress.of(STRICT, completions, null, "d");

    assertThat(progress.modules()).extracting(m -> m.percent()).containsExactly(50, 100, 100, 0);
    assertThat(progress.left()).as("b and e").isEqualTo(2);
    assertThat(progress.doneSince(AT)).as("a and d; c is optional, x elective").isEqualTo(2);
    assertThat(progress.doneSince(AT.plusSeconds(1))).isEqualTo(1);
  }
}
