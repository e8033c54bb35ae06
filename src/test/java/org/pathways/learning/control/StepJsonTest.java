package org.pathways.learning.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class StepJsonTest {

  @Test
  void aStepNotDoneGetsItsStateAndNoCompletionTime() {
    assertThat(StepJson.personal("{\"key\":\"intro\",\"title\":\"Hi\"}", false, null))
        .isEqualTo("{\"state\":\"NOT_STARTED\",\"key\":\"intro\",\"title\":\"Hi\"}");
  }

  @Test
  void aDoneStepGetsItsCompletionTimeAsJsonBWritesAnInstant() {
    Instant at = Instant.parse("2026-12-01T08:30:00.123456Z");
    assertThat(StepJson.personal("{\"key\":\"intro\"}", true, at))
        .isEqualTo(
            "{\"completedAt\":\"2026-12-01T08:30:00.123456Z\",\"state\":\"COMPLETED\","
                + "\"key\":\"intro\"}");
  }

  @Test
  void anEmptyObjectGetsNoDanglingComma() {
    assertThat(StepJson.personal("{}", false, null)).isEqualTo("{\"state\":\"NOT_STARTED\"}");
  }

  @Test
  void somethingElseThanAnObjectIsRefused() {
    assertThatThrownBy(() -> StepJson.personal("[]", false, null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
