package org.pathways.cohort.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class CohortLinksTest {

  private static final UUID COHORT = UUID.fromString("7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d");

  @Test
  void aCohortIsItsPageWithItsId() {
    assertThat(CohortLinks.cohort(COHORT)).isEqualTo("/admin/cohort.xhtml?id=" + COHORT);
  }

  @Test
  void aNewCohortIsNamedOnTheList() {
    assertThat(CohortLinks.created(COHORT)).isEqualTo("/admin/cohorts.xhtml?created=" + COHORT);
  }

  @Test
  void aCohortLinksToItsReflectionQueueAndItsProgress() {
    assertThat(CohortLinks.reflections(COHORT))
        .isEqualTo("/reflection/cohort.xhtml?cohort=" + COHORT);
    assertThat(CohortLinks.progress(COHORT)).isEqualTo("/facilitation/cohort.xhtml?id=" + COHORT);
  }
}
