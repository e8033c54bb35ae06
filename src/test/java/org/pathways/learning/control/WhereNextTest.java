package org.pathways.learning.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathways.learning.entity.Courses.course;
import static org.pathways.learning.entity.Courses.module;
import static org.pathways.learning.entity.Courses.step;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pathways.content.entity.Course;
import org.pathways.content.entity.Sequencing;
import org.pathways.learning.control.WhereNext.Kind;
import org.pathways.learning.control.WhereNext.Place;
import org.pathways.learning.entity.CourseProgress;

class WhereNextTest {

  private static final Instant AT = Instant.parse("2026-11-01T10:00:00Z");
  private static final Course COURSE =
      course(
          Sequencing.OPEN, module("m1", true, step("a"), step("b")), module("m2", true, step("c")));

  @Test
  void aStepGoesOnToTheNextStepAcrossModules() {
    CourseProgress progress = CourseProgress.of(COURSE, Map.of("b", AT), null, "b");

    assertThat(WhereNext.after(progress, "a", false)).isEqualTo(new Place(Kind.STEP, "b"));
    assertThat(WhereNext.after(progress, "b", false)).isEqualTo(new Place(Kind.STEP, "c"));
  }

  @Test
  void completingTheCourseGoesToTheCertificateFromAnyStep() {
    CourseProgress progress = CourseProgress.of(COURSE, Map.of(), null, null);

    assertThat(WhereNext.after(progress, "a", true).kind()).isEqualTo(Kind.CERTIFICATE);
  }

  @Test
  void theLastStepOfACompletedCourseGoesToTheCertificateEvenWhenAlreadyRecorded() {
    CourseProgress progress = CourseProgress.of(COURSE, Map.of("a", AT, "b", AT, "c", AT), AT, "c");

    assertThat(WhereNext.after(progress, "c", false).kind()).isEqualTo(Kind.CERTIFICATE);
  }

  @Test
  void theLastStepOfAnUnfinishedCourseGoesBackToTheCourse() {
    CourseProgress progress = CourseProgress.of(COURSE, Map.of("c", AT), null, "c");

    assertThat(WhereNext.after(progress, "c", false)).isEqualTo(new Place(Kind.COURSE, null));
  }
}
