package org.pathways.learning.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathways.learning.entity.LearnerState;
import org.pathways.platform.entity.Invalidation;

class LearnerStatesTest {

  private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");
  private final UUID rita = UUID.randomUUID();
  private final UUID sam = UUID.randomUUID();
  private LearnerStates states;

  @BeforeEach
  void start() {
    states = new LearnerStates();
    states.seconds = 60;
    states.start();
  }

  private static LearnerState state(UUID account, String course, String... done) {
    Map<String, Instant> completions = new java.util.HashMap<>();
    for (String step : done) {
      completions.put(step, T0);
    }
    return new LearnerState(UUID.randomUUID(), account, course, T0, null, null, completions);
  }

  private Optional<LearnerState> known(UUID account, String course) {
    return states.of(account, course, Optional::empty);
  }

  @Test
  void aTeacherIsOnlyEverGivenTheirOwnEnrolment() {
    states.of(rita, "k5", () -> Optional.of(state(rita, "k5")));
    assertThat(known(rita, "k5")).isPresent();
    assertThat(known(sam, "k5")).isEmpty();
    assertThat(known(rita, "ms")).isEmpty();
  }

  @Test
  void aWriteToTheEnrolmentForgetsIt() {
    states.of(rita, "k5", () -> Optional.of(state(rita, "k5")));
    states.changed(LearnerStates.changed(rita, "k5"));
    assertThat(known(rita, "k5")).isEmpty();
  }

  @Test
  void aWriteToAnotherEnrolmentForgetsNothingElse() {
    states.of(rita, "k5", () -> Optional.of(state(rita, "k5")));
    states.changed(LearnerStates.changed(rita, "ms"));
    states.changed(LearnerStates.changed(sam, "k5"));
    assertThat(known(rita, "k5")).isPresent();
  }

  @Test
  void anAccountThatChangedOrWentAwayForgetsAllItsEnrolments() {
    states.of(rita, "k5", () -> Optional.of(state(rita, "k5")));
    states.of(rita, "ms", () -> Optional.of(state(rita, "ms")));
    states.of(sam, "k5", () -> Optional.of(state(sam, "k5")));
    states.changed(new Invalidation("identity:account", rita.toString()));
    assertThat(known(rita, "k5")).isEmpty();
    assertThat(known(rita, "ms")).isEmpty();
    assertThat(known(sam, "k5")).isPresent();
  }

  @Test
  void whenTheGridsMembersChangeEveryEnrolmentIsReadAgain() {
    states.of(rita, "k5", () -> Optional.of(state(rita, "k5")));
    states.of(sam, "ms", () -> Optional.of(state(sam, "ms")));
    states.changed(Invalidation.everything());
    assertThat(known(rita, "k5")).isEmpty();
    assertThat(known(sam, "ms")).isEmpty();
  }

  @Test
  void otherRegionsAreNotItsConcern() {
    states.of(rita, "k5", () -> Optional.of(state(rita, "k5")));
    states.changed(new Invalidation("identity:token", UUID.randomUUID().toString()));
    assertThat(known(rita, "k5")).isPresent();
  }

  @Test
  void aCompletionKeepsWhatItReadUnderTheLockButNeverGoesBack() {
    states.changed(LearnerStates.changed(rita, "k5"));
    states.written(state(rita, "k5", "a", "b"));
    assertThat(known(rita, "k5").orElseThrow().completions()).containsOnlyKeys("a", "b");
    states.written(state(rita, "k5", "a"));
    assertThat(known(rita, "k5").orElseThrow().completions()).containsOnlyKeys("a", "b");
  }

  @Test
  void aReadingOvertakenByAWriteIsNotKept() {
    states.of(
        rita,
        "k5",
        () -> {
          states.changed(LearnerStates.changed(rita, "k5"));
          return Optional.of(state(rita, "k5"));
        });
    assertThat(known(rita, "k5")).isEmpty();
  }

  @Test
  void courseSlugsWithSlashesStillNameTheirAccount() {
    LearnerStates.Key key = LearnerStates.Key.parse(new LearnerStates.Key(rita, "a/b").toString());
    assertThat(key).isEqualTo(new LearnerStates.Key(rita, "a/b"));
  }
}
