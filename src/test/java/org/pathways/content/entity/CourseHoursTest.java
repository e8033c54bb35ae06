package org.pathways.content.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A module's time and a course's PD hours follow from its steps' minutes. */
class CourseHoursTest {

  private static Step step(String key, boolean required, int minutes) {
    return new Step(
        key, StepKind.PAGE, key, required, minutes, "", "", new StepDetails.Page(), key);
  }

  private static CourseModule module(String key, boolean required, Step... steps) {
    return new CourseModule(key, key, "", required, List.of(steps));
  }

  private static Course course(CourseModule... modules) {
    return new Course(
        "c",
        "C",
        "",
        "teachers",
        "6-8",
        "middle-school",
        1,
        EnrollmentPolicy.OPEN,
        Sequencing.STRICT,
        "en",
        List.of(modules),
        Map.of(),
        Map.of(),
        "v1",
        java.util.Map.of());
  }

  @Test
  void aModuleTakesTheSumOfItsStepsOptionalOnesIncluded() {
    assertThat(module("m", true, step("a", true, 7), step("b", false, 12)).estimatedMinutes())
        .isEqualTo(19);
  }

  @Test
  void hoursAreRoundedDownToTheHalfHour() {
    assertThat(Course.pdHoursFor(89)).isEqualByComparingTo("1");
    assertThat(Course.pdHoursFor(90)).isEqualByComparingTo("1.5");
    assertThat(Course.pdHoursFor(119)).isEqualByComparingTo("1.5");
    assertThat(Course.pdHoursFor(120)).isEqualByComparingTo("2");
    assertThat(Course.pdHoursFor(335)).isEqualByComparingTo("5.5");
  }

  @Test
  void wholeHoursHaveNoDecimalAndHalfHoursOne() {
    assertThat(Course.pdHoursFor(240).toPlainString()).isEqualTo("4");
    assertThat(Course.pdHoursFor(270).toPlainString()).isEqualTo("4.5");
  }

  @Test
  void aCourseEarnsAtLeastHalfAnHour() {
    assertThat(Course.pdHoursFor(0)).isEqualByComparingTo("0.5");
    assertThat(Course.pdHoursFor(29)).isEqualByComparingTo("0.5");
  }

  @Test
  void onlyRequiredStepsOfRequiredModulesEarnHours() {
    Course course =
        course(
            module("one", true, step("a", true, 50), step("extra", false, 100)),
            module("elective", false, step("b", true, 300)),
            module("two", true, step("c", true, 40)));

    assertThat(course.countedSteps()).extracting(Step::key).containsExactly("a", "c");
    assertThat(course.pdHours()).isEqualByComparingTo("1.5");
  }

  @Test
  void aCourseThatRequiresNothingCountsEveryStep() {
    Course course =
        course(
            module("one", false, step("a", false, 60)), module("two", true, step("b", false, 60)));

    assertThat(course.countedSteps()).hasSize(2);
    assertThat(course.pdHours()).isEqualByComparingTo("2");
  }
}
