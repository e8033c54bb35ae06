package org.pathways.learning.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathways.learning.entity.Courses.course;
import static org.pathways.learning.entity.Courses.module;
import static org.pathways.learning.entity.Courses.step;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pathways.content.entity.Sequencing;

class LearnerStateTest {

  private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");
  private final UUID enrollment = UUID.randomUUID();
  private final UUID account = UUID.randomUUID();

  private LearnerState state(Instant activity, Instant completed, String... done) {
    Map<String, Instant> completions = new HashMap<>();
    for (String step : done) {
      completions.put(step, T0);
    }
    return new LearnerState(
        enrollment, account, "test-course", activity, null, completed, completions);
  }

  @Test
  void moreCompletedStepsIsTheLaterReading() {
    LearnerState one = state(T0.plusSeconds(5), null, "a");
    LearnerState two = state(T0, null, "a", "b");
    assertThat(LearnerState.later(one, two)).isSameAs(two);
    assertThat(LearnerState.later(two, one)).isSameAs(two);
  }

  @Test
  void aCompletedCourseIsLaterThanTheSameStepsNotYetCompleted() {
    LearnerState open = state(T0.plusSeconds(5), null, "a");
    LearnerState completed = state(T0, T0, "a");
    assertThat(LearnerState.later(open, completed)).isSameAs(completed);
  }

  @Test
  void otherwiseTheLaterActivityWins() {
    LearnerState earlier = state(T0, null, "a");
    LearnerState later = state(T0.plusSeconds(1), null, "a");
    assertThat(LearnerState.later(later, earlier)).isSameAs(later);
    assertThat(LearnerState.later(earlier, later)).isSameAs(later);
  }

  @Test
  void progressIsLaidOverTheVersionAsked() {
    LearnerState state = state(T0, null, "a", "retired");
    var progress =
        state.progress(course(Sequencing.STRICT, module("m1", true, step("a"), step("b"))));
    assertThat(progress.done()).isEqualTo(1);
    assertThat(progress.counted()).isEqualTo(2);
  }

  @Test
  void itCannotBeChangedThroughTheMapItWasMadeFrom() {
    Map<String, Instant> completions = new HashMap<>(Map.of("a", T0));
    LearnerState state =
        new LearnerState(enrollment, account, "test-course", T0, null, null, completions);
    completions.put("b", T0);
    assertThat(state.completions()).containsOnlyKeys("a");
  }
}
