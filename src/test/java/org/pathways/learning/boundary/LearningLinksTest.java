package org.pathways.learning.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class LearningLinksTest {

  @Test
  void aCourseIsItsPageWithItsSlug() {
    assertThat(LearningLinks.course("hs-phase-1-foundations"))
        .isEqualTo("/learning/course.xhtml?slug=hs-phase-1-foundations");
  }

  @Test
  void aStepNamesItsCourseAndItsKey() {
    assertThat(LearningLinks.step("k5-phase-1", "m1-s2"))
        .isEqualTo("/learning/step.xhtml?course=k5-phase-1&step=m1-s2");
  }

  @Test
  void aCertificateIsFoundByItsEnrollment() {
    UUID enrollment = UUID.fromString("11111111-2222-3333-4444-555555555555");
    assertThat(LearningLinks.certificate(enrollment))
        .isEqualTo("/learning/certificate.xhtml?enrollment=" + enrollment);
  }

  @Test
  void valuesFromTheRequestAreEncoded() {
    assertThat(LearningLinks.step("a b", "x&y"))
        .isEqualTo("/learning/step.xhtml?course=a+b&step=x%26y");
  }
}
