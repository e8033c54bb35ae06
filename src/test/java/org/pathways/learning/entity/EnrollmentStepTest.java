package org.pathways.learning.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class EnrollmentStepTest {

  @Test
  void keysOfTheSameEnrollmentAndStepAreEqual() {
    UUID enrollment = UUID.randomUUID();

    assertThat(new EnrollmentStep.Key(enrollment, "01-intro"))
        .isEqualTo(new EnrollmentStep.Key(enrollment, "01-intro"))
        .hasSameHashCodeAs(new EnrollmentStep.Key(enrollment, "01-intro"))
        .isNotEqualTo(new EnrollmentStep.Key(enrollment, "02-next"))
        .isNotEqualTo(new EnrollmentStep.Key(UUID.randomUUID(), "01-intro"));
  }
}
